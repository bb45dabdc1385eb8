// The checks every downloaded CSAF document passes before it is stored
// (CSAF 2.0 section 7): it parses as a CSAF document (a provider answering a
// missing file with an HTML page and a 200 is caught here, before hashing),
// its hash file matches, its signature verifies against a pinned key, it is
// valid (schema + mandatory tests), and its file name follows from its
// tracking.id (7.1.5). Any failure is the reason it is quarantined.
#pragma once

#include <string>

#include "core/result.h"
#include "feeds/openpgp.h"
#include "validation/validator.h"

namespace vt::feeds {

struct DownloadedDocument {
  std::string path;  // relative to the provider's directory ("2024/x.json")
  std::string body;
  std::string hash_file;  // the .sha512 (or .sha256) file's text
  int hash_bits = 512;    // 512 or 256
  std::string signature;  // the .asc file's text
};

struct CheckedDocument {
  std::string tracking_id, tracking_version, current_release_date;
  std::string sha512;  // of the body
  std::string signer;  // primary fingerprint
};

// The error's message is the quarantine reason ("hash: ...", "signature: ...",
// "invalid: ...", "file name: ...", "not a CSAF document: ...").
Result<CheckedDocument> check_document(const DownloadedDocument& doc,
                                       const SignatureVerifier& verifier,
                                       const validation::Validator& validator);

}  // namespace vt::feeds
