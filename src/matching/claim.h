// A Claim is one vendor statement about one product, normalized: which
// vulnerability, which platform (if any), which component and versions, what
// status, what to do, and exactly where it was written. Every input format
// (CSAF 2.0 VEX and advisories, OpenVEX, CycloneDX VEX, CVE JSON 5 records)
// becomes claims; triage reads nothing else.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace vt::matching {

enum class ClaimStatus {
  kAffected,     // CSAF known_affected / first_affected / last_affected, OpenVEX affected, CVE
                 // "affected"
  kNotAffected,  // CSAF known_not_affected, OpenVEX not_affected
  kFixed,        // CSAF fixed / first_fixed, OpenVEX fixed, CVE "unaffected" at/after a fix
  kUnderInvestigation,  // CSAF under_investigation, OpenVEX under_investigation
};

const char* to_string(ClaimStatus status);

// Where a claim was written, for the evidence chain and `explain`.
struct SourceRef {
  std::string path;         // the file read
  std::string format;       // "csaf", "openvex", "cyclonedx", "cve"
  std::string publisher;    // "Microsoft", "Red Hat Product Security", a CNA's short name
  std::string document_id;  // CSAF tracking id, OpenVEX @id, CycloneDX serialNumber, CVE id
  std::string revision;     // CSAF tracking.version, OpenVEX version, CVE dateUpdated
  std::string updated;      // RFC 3339: current_release_date, timestamp, dateUpdated
  std::string pointer;      // JSON pointer of the statement (e.g. the product id in product_status)
};

struct RemediationRef {
  std::string category;  // vendor_fix, workaround, mitigation, no_fix_planned, none_available
  std::string details, url, date;
};

// The platform a statement is about, when it names one: Azure Linux 3.0,
// CBL-Mariner 2.0, RHEL 9, SLES 15 SP6. Identified like os-release does.
struct PlatformRef {
  std::string name;  // as written ("Azure Linux 3.0")
  std::string
      id;  // os-release ID: "azurelinux", "mariner", "rhel", "sles", "ubuntu"...; "" if unknown
  std::string version_id;  // os-release VERSION_ID: "3.0", "2.0", "9", "15.6"; "" if unknown
  std::string cpe;         // when the document gives one
};

struct Claim {
  std::string vulnerability;         // "CVE-2025-26465", else the document's own id for it
  std::vector<std::string> aliases;  // other ids of the same vulnerability
  ClaimStatus status = ClaimStatus::kAffected;
  std::string product;  // full product name as written (attestation.product)
  std::optional<PlatformRef>
      platform;  // absent: not tied to a platform (upstream CVE record, bare purl)

  // The component. `ecosystem` is the purl type ("rpm", "deb", "apk",
  // "generic", "npm"...) or "linux-kernel" for the kernel itself (CVE
  // records of the kernel CNA; a distribution's kernel package stays "rpm"
  // or "deb" with its package name).
  std::string ecosystem;
  std::string name;  // "openssh"; "" when the statement is about the platform as a whole
  std::string purl;  // as given (may lack a version)
  std::string cpe;
  std::string version;  // an exact version named, "" when a range or none
  std::string vers;  // affected range as a vers string ("vers:rpm/<3.3.5-3"), "" when exact or none
  std::string fixed_version;  // first fixed version when known, else ""

  std::string justification;  // VEX justification label (CSAF flag label, OpenVEX justification)
  std::string impact;         // impact statement / threat details
  std::vector<RemediationRef> remediations;
  std::vector<std::string> program_files;  // kernel CVE records: the touched source files
  SourceRef source;
};

// Why an input document gave no claims (never silently skipped).
struct SkippedDocument {
  std::string path;
  std::string reason;
};

// A statement left out of a document that was otherwise used: a product id
// the tree never defines, a relationship loop. Reported, never dropped
// silently.
struct StatementProblem {
  std::string path;     // the document
  std::string message;  // "<JSON pointer>: what is wrong"
};

// A newer revision of a document changed what it says about a product; the
// newer one wins and triage shows the change.
struct RevisionChange {
  std::string document_id;
  std::string old_revision, new_revision;
  std::string summary;  // "names 3 more products: ...", "CVE-x: Azure Linux 3.0 fixed -> affected"
};

struct ClaimSet {
  std::vector<Claim> claims;
  std::vector<SkippedDocument> skipped;
  std::vector<StatementProblem> problems;
  std::vector<RevisionChange> changes;
  std::size_t documents = 0;  // documents read successfully
};

}  // namespace vt::matching
