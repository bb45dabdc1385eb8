#include "feeds/document_check.h"

#include "core/hash.h"
#include "documents/csaf/file_name.h"
#include "feeds/hash_file.h"
#include "json/json.h"
#include "json/members.h"

namespace vt::feeds {
namespace {

Error refuse(const std::string& path, std::string reason) {
  return make_error(ErrorCode::kIntegrity, std::move(reason), path);
}

std::string base_name(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

}  // namespace

Result<CheckedDocument> check_document(const DownloadedDocument& doc,
                                       const SignatureVerifier& verifier,
                                       const validation::Validator& validator) {
  CheckedDocument out;
  json::Parser parser;
  auto root = parser.parse(doc.body, doc.path);
  if (!root.ok()) return refuse(doc.path, "not a CSAF document: " + root.error().to_string());
  auto document = root->is_object() ? root->find("document") : std::nullopt;
  if (!document || !document->is_object() || !document->find("csaf_version"))
    return refuse(doc.path, "not a CSAF document: no /document/csaf_version");
  if (auto tracking = document->find("tracking"); tracking && tracking->is_object()) {
    out.tracking_id = json::string_member(*tracking, "id");
    out.tracking_version = json::string_member(*tracking, "version");
    out.current_release_date = json::string_member(*tracking, "current_release_date");
  }

  const std::size_t hex_chars = doc.hash_bits == 256 ? 64 : 128;
  auto hash = parse_hash_file(doc.hash_file, hex_chars,
                              doc.path + (doc.hash_bits == 256 ? ".sha256" : ".sha512"));
  if (!hash.ok()) return refuse(doc.path, "hash: " + hash.error().message);
  const std::string actual =
      hex_digest(doc.hash_bits == 256 ? HashAlgorithm::kSha256 : HashAlgorithm::kSha512, doc.body);
  if (hash->hex_digest != actual)
    return refuse(doc.path, "hash: SHA-" + std::to_string(doc.hash_bits) + " is " + actual +
                                ", the hash file says " + hash->hex_digest);
  // The name in the hash file may carry the directory ("2026/x.json") or not.
  if (!hash->file_name.empty() && base_name(hash->file_name) != base_name(doc.path))
    return refuse(doc.path, "hash: the hash file is for " + hash->file_name);
  out.sha512 = doc.hash_bits == 512 ? actual : hex_digest(HashAlgorithm::kSha512, doc.body);

  SignatureResult sig = verifier.verify_detached(doc.body, doc.signature);
  if (sig.status != SignatureStatus::kValid) return refuse(doc.path, "signature: " + sig.message);
  out.signer = sig.signer_fingerprint;

  validation::Report report = validator.validate(*root);
  if (!report.valid()) {
    const auto& first = report.errors.front();
    std::string reason = "invalid: " + first.test + " at " +
                         (first.path.empty() ? "/" : first.path) + ": " + first.message;
    if (report.errors.size() > 1)
      reason += " (and " + std::to_string(report.errors.size() - 1) + " more errors)";
    return refuse(doc.path, reason);
  }

  const std::string expected = csaf::file_name_for(out.tracking_id);
  if (base_name(doc.path) != expected)
    return refuse(doc.path, "file name: tracking.id \"" + out.tracking_id + "\" gives " + expected +
                                " (7.1.5)");
  return out;
}

}  // namespace vt::feeds
