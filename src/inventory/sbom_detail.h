// Pieces shared by the CycloneDX and SPDX readers (not a public API).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "inventory/inventory.h"
#include "json/json.h"

namespace vt::inventory::sbom_detail {

// The string member `key`, or "" when absent or not a string.
std::string str(const json::Value& obj, std::string_view key);

// Fills ecosystem, arch, epoch and release from c.purl and splits an epoch
// written into an rpm version ("1:1.0.2k-19.el7"). A purl that does not parse
// is kept as written and reported in `warnings`.
void complete_from_purl(Component& c, const std::string& where, std::vector<std::string>& warnings);

// A platform from os-release-like facts (ID, VERSION_ID, ...).
Platform platform_of(std::string id, std::string version, std::string source,
                     std::vector<std::pair<std::string, std::string>> extra_fields = {});

// When no operating system is named: the distro qualifier all distribution
// packages agree on ("centos-7.6.1810"), as a platform.
void platform_from_distro_qualifiers(Inventory& inv, const std::string& where);

// One PackageDatabase per ecosystem of the packages read (one with an empty
// ecosystem when there are none), format "cyclonedx-1.6" / "spdx-2.3".
void add_databases(Inventory& inv, const std::string& format, const std::string& where, bool complete);

// Writers: the components in output order (kind, ecosystem, name, version,
// arch, evidence), and a name-based UUID (version 5 layout) of the content,
// so the same inventory always gives the same serial number.
std::vector<const Component*> sorted_components(const Inventory& inv);
std::string content_uuid(const Inventory& inv, std::string_view format);

}  // namespace vt::inventory::sbom_detail
