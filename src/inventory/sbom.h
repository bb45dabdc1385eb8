// SBOMs in and out: CycloneDX (1.4-1.7) and SPDX 2.2/2.3 JSON read into the
// same Inventory model a scanned root file system gives; any inventory
// written as CycloneDX 1.6 or SPDX 2.3 JSON, byte-identical for the same input.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "inventory/inventory.h"

namespace vt::inventory {

enum class SbomFormat { kNone, kCycloneDx, kSpdx };

// Recognises an SBOM by content: a CycloneDX "bomFormat" or an SPDX
// "spdxVersion" member. A cheap textual test; read_sbom decides for real.
SbomFormat sniff_sbom(std::string_view text);

// Reads an SBOM; `where` names the file in errors ("file#/json/pointer").
// Components get ecosystem, arch, epoch and release from their purl; the
// platform comes from an operating-system component (CycloneDX) or package
// (SPDX), else from the purls' distro qualifier. One PackageDatabase per
// ecosystem records the SBOM; it is complete only where the SBOM says so
// (a CycloneDX composition with aggregate "complete" for the described
// artifact or its operating system). SPDX 2.x has no such statement.
Result<Inventory> read_sbom(std::string_view text, const std::string& where);

struct SbomExportOptions {
  std::string timestamp;     // RFC 3339 UTC, from the caller's clock
  std::string tool_version;  // vextriage's version
};

// Components are sorted (kind, ecosystem, name, version, arch, evidence);
// the serial number / document namespace is a UUID derived from the content.
std::string write_cyclonedx(const Inventory& inv, const SbomExportOptions& options);
std::string write_spdx(const Inventory& inv, const SbomExportOptions& options);

// The package URL of a component on a platform, as trivy and syft write them
// ("pkg:rpm/azurelinux/openssh@9.8p1-4.azl3?arch=x86_64&distro=azurelinux-3.0"):
// the component's own purl when it has one, "" for kinds without a purl type.
std::string purl_of(const Component& c, const Platform* platform);

}  // namespace vt::inventory
