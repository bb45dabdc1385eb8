#include "matching/load.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "core/file.h"
#include "documents/csaf/parse.h"
#include "documents/cve/record.h"
#include "documents/cyclonedx/vex.h"
#include "documents/openvex/openvex.h"
#include "json/json.h"
#include "matching/claim_diff.h"
#include "matching/csaf_claims.h"
#include "matching/cve_claims.h"
#include "matching/vex_claims.h"
#include "version/compare.h"

namespace vt::matching {
namespace {

constexpr std::uint64_t kMaxDocumentBytes = 512ull << 20;

std::vector<std::string> expand(const std::string& path, std::vector<SkippedDocument>& skipped) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    skipped.push_back({path, "no such file or directory"});
    return {};
  }
  FileListing listing = list_files({path});
  for (const auto& e : listing.problems) skipped.push_back({e.where, e.to_string()});
  return listing.files;
}

// A loaded CSAF document's claims, kept until every revision is seen.
struct CsafRevision {
  std::string path, id, revision;
  std::string updated;  // current_release_date: orders two files of one revision
  std::vector<Claim> claims;
  std::vector<std::string> problems;  // statements left out (CsafClaims::problems)
};

// Newer by tracking.version: integers and semantic versions both order
// under the generic scheme's dotted-number rule.
bool newer(const std::string& a, const std::string& b) {
  auto cmp = version::compare("generic", a, b);
  return cmp.ok() ? *cmp > 0 : a > b;
}

// A non-CSAF document's claims into `set`; none at all is a skip with
// `why_none` as the reason, never a silent pass.
void add_claims(Result<std::vector<Claim>> claims, const std::string& file, const char* why_none,
                ClaimSet& set) {
  if (!claims.ok()) return set.skipped.push_back({file, claims.error().to_string()});
  if (claims->empty()) return set.skipped.push_back({file, why_none});
  ++set.documents;
  for (auto& c : *claims) set.claims.push_back(std::move(c));
}

// One parsed document's claims into `set` (CSAF revisions into `csaf`,
// resolved when every file is read).
void add_document(const json::Value& root, const std::string& file, bool cve, ClaimSet& set,
                  std::map<std::string, std::vector<CsafRevision>>& csaf) {
  if (!root.is_object()) {
    set.skipped.push_back({file, "not a JSON object"});
    return;
  }
  if (cve || cve::is_cve_record(root))
    return add_claims(
        claims_from_cve_record(root, file), file,
        "its affected entries name no product with a release version or range (git commit ranges "
        "only, \"n/a\" products, or nothing affected)",
        set);
  if (auto doc = root.find("document"); doc && doc->is_object() && doc->find("csaf_version")) {
    auto parsed = csaf::parse_document(root);
    if (!parsed.ok()) return set.skipped.push_back({file, parsed.error().to_string()});
    if (parsed->vulnerabilities.empty())
      return set.skipped.push_back(
          {file, "a CSAF document without vulnerabilities makes no statement"});
    CsafClaims claims = claims_from_csaf(*parsed, file);
    if (claims.claims.empty())
      return set.skipped.push_back(
          {file,
           claims.unresolved
               ? "its product_status names only product ids the product tree never defines (6.1.1)"
               : "its vulnerabilities give no product_status: no statement about any product"});
    CsafRevision rev;
    rev.path = file;
    const auto& t = parsed->document.tracking;
    rev.id = t && t->id ? std::string(*t->id) : file;
    rev.revision = t && t->version ? std::string(*t->version) : "";
    rev.updated = t && t->current_release_date ? std::string(*t->current_release_date) : "";
    std::string ns = parsed->document.publisher && parsed->document.publisher->namespace_
                         ? std::string(*parsed->document.publisher->namespace_)
                         : "";
    rev.claims = std::move(claims.claims);
    rev.problems = std::move(claims.problems);
    ++set.documents;
    csaf[ns + " " + rev.id].push_back(std::move(rev));
    return;
  }
  if (openvex::is_openvex(root))
    return add_claims(
        claims_from_openvex(root, file), file,
        "its statements name no product by purl or CPE (image digests and hashes name no package)",
        set);
  if (cyclonedx::is_cyclonedx(root)) {
    if (!cyclonedx::has_vulnerabilities(root))
      return set.skipped.push_back({file, "a CycloneDX BOM without vulnerabilities is not a VEX"});
    return add_claims(
        claims_from_cyclonedx_vex(root, file), file,
        "its vulnerabilities affect no component named by purl, CPE or name (BOM-Links into other "
        "BOMs are not followed)",
        set);
  }
  set.skipped.push_back({file, "not a CSAF, OpenVEX, CycloneDX VEX document or CVE record"});
}

}  // namespace

ClaimSet claims_from_text(std::string_view text, const std::string& path) {
  ClaimSet set;
  json::Parser parser(json::ParseLimits{1024, kMaxDocumentBytes});
  auto root = parser.parse(text, path);
  if (!root.ok()) {
    set.skipped.push_back({path, root.error().to_string()});
    return set;
  }
  std::map<std::string, std::vector<CsafRevision>> csaf;
  add_document(*root, path, false, set, csaf);
  for (auto& [key, revisions] : csaf)
    for (auto& rev : revisions) {
      for (auto& c : rev.claims) set.claims.push_back(std::move(c));
      for (auto& p : rev.problems) set.problems.push_back({rev.path, std::move(p)});
    }
  return set;
}

ClaimSet load_claims(const std::vector<std::string>& vex_paths,
                     const std::vector<std::string>& cve_paths) {
  ClaimSet set;
  json::Parser parser(json::ParseLimits{1024, kMaxDocumentBytes});
  std::map<std::string, std::vector<CsafRevision>> csaf;  // by publisher namespace + tracking id

  auto read = [&](const std::string& file, bool cve) {
    if (file.size() > 3 &&
        (file.ends_with(".xz") || file.ends_with(".gz") || file.ends_with(".zst"))) {
      set.skipped.push_back({file, "compressed; decompress it first"});
      return;
    }
    if (file.ends_with(".asc") || file.ends_with(".sha256") || file.ends_with(".sha512") ||
        file.ends_with("index.txt") || file.ends_with("changes.csv"))
      return;  // feed metadata
    auto root = parser.parse_file(file);
    if (!root.ok()) {
      set.skipped.push_back({file, root.error().to_string()});
      return;
    }
    add_document(*root, file, cve, set, csaf);
  };

  for (const auto& p : vex_paths)
    for (const auto& f : expand(p, set.skipped)) read(f, false);
  for (const auto& p : cve_paths)
    for (const auto& f : expand(p, set.skipped)) read(f, true);

  for (auto& [key, revisions] : csaf) {
    // Oldest first; of two files claiming one revision, the one released
    // later counts as newer (RFC 3339 dates of one publisher order as text).
    std::stable_sort(revisions.begin(), revisions.end(),
                     [](const CsafRevision& a, const CsafRevision& b) {
                       if (newer(b.revision, a.revision)) return true;
                       if (newer(a.revision, b.revision)) return false;
                       return a.updated < b.updated;
                     });
    CsafRevision& latest = revisions.back();
    // The revision before the newest one, whose differences are the note.
    std::size_t previous = revisions.size();
    for (std::size_t i = 0; i + 1 < revisions.size(); ++i)
      if (revisions[i].revision != latest.revision) previous = i;
    for (std::size_t i = 0; i + 1 < revisions.size(); ++i) {
      const CsafRevision& old = revisions[i];
      if (old.revision != latest.revision) {
        set.skipped.push_back({old.path, "revision " + old.revision + " of " + old.id +
                                             ", replaced by revision " + latest.revision + " (" +
                                             latest.path + ")"});
        if (i == previous)
          set.changes.push_back({latest.id, old.revision, latest.revision,
                                 summarize(diff_claims(old.claims, latest.claims))});
        continue;
      }
      auto differences = diff_claims(old.claims, latest.claims);
      if (differences.empty()) {
        set.skipped.push_back({old.path, "the same revision " + old.revision + " of " + old.id +
                                             " as " + latest.path});
        continue;
      }
      // One revision number, two different documents: a publisher's error
      // or a tampered copy. Never a silent pick.
      set.skipped.push_back(
          {old.path, "the same revision " + old.revision + " of " + old.id + " as " + latest.path +
                         " but with different statements; the one released later (" +
                         latest.updated + ") is used"});
      set.changes.push_back({latest.id, old.revision, latest.revision,
                             "two documents claim revision " + latest.revision + " (" + old.path +
                                 ", " + latest.path + "): " + summarize(differences)});
    }
    for (auto& c : latest.claims) set.claims.push_back(std::move(c));
    for (auto& p : latest.problems) set.problems.push_back({latest.path, std::move(p)});
  }
  return set;
}

}  // namespace vt::matching
