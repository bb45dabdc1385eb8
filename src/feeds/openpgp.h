// OpenPGP for CSAF feeds (section 7.1.20 of CSAF 2.0): reading a provider's
// public keys and checking each document's detached `.asc` signature against
// keys pinned by their primary fingerprint. librnp is wrapped here and only here.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace vt::feeds {

struct OpenPgpKey {
  std::string fingerprint;                       // primary key, 40 uppercase hex
  std::vector<std::string> subkey_fingerprints;  // uppercase hex
  std::vector<std::string> user_ids;
  std::string created;  // RFC 3339 UTC
  std::string expires;  // "" when it does not expire
  bool revoked = false;
};

// Reads one or more armored (or binary) public keys: a provider's key file,
// which may carry several keys, each with its subkeys. Secret key material is
// refused (a provider publishing it has leaked its key), as is a file holding
// no v4 primary key, an empty one or one over 16 MiB. Errors name `where`.
Result<std::vector<OpenPgpKey>> read_public_keys(std::string_view data, const std::string& where);

enum class SignatureStatus { kValid, kBadSignature, kUnknownKey, kKeyExpiredOrRevoked, kMalformed };

struct SignatureResult {
  SignatureStatus status = SignatureStatus::kMalformed;
  std::string signer_fingerprint;  // primary fingerprint of the key that made it, when known
  std::string key_id;              // issuer key id (16 hex) from the signature, when present
  std::string created;             // signature creation time, RFC 3339
  std::string message;             // for people: "signed by unknown key 31905DED3EFD610A", ...
};

// "valid", "bad signature", "unknown key", "key expired or revoked", "malformed".
const char* to_string(SignatureStatus s);

// Holds the public keys a provider is trusted with. Only keys whose PRIMARY
// fingerprint is in `trusted_fingerprints` are kept (a key file may carry
// more); a signature made by a signing subkey of a trusted key counts as made
// by that key.
//
// What verify_detached reports, when no signature in the file is valid:
//  - kBadSignature: a trusted, valid key made the signature but the bytes (or
//    the signature) differ, or the signature claims a creation time in the
//    future;
//  - kKeyExpiredOrRevoked: the key (or its signing subkey) is revoked, has
//    expired by now, or has no valid self-signature; or the signature itself
//    has expired. Stricter than GnuPG, which accepts a signature made before
//    the key expired: a pinned key that expired needs the provider to extend
//    it, and an expired key is no longer guarded by its owner;
//  - kUnknownKey: the issuer is none of the trusted keys;
//  - kMalformed: no OpenPGP signature could be read.
// With several signatures in one file, one valid signature suffices;
// otherwise the most telling failure is reported (bad signature first).
//
// verify_detached is thread-safe: calls share one librnp context under a
// mutex (hashing the document dominates; openpgp_test.cpp prints the
// throughput).
class SignatureVerifier {
 public:
  // Fails when a key file cannot be read or carries secret material, when
  // `trusted_fingerprints` is empty or holds something that is not a
  // fingerprint, and when a trusted fingerprint names no key in the files
  // (kNotFound: a pinned key is missing, so the caller has the wrong files).
  static Result<std::unique_ptr<SignatureVerifier>> create(
      const std::vector<std::string>& key_files_data,
      const std::vector<std::string>& trusted_fingerprints);

  SignatureResult verify_detached(std::string_view data, std::string_view signature) const;

  // The primary fingerprints loaded, sorted (40 uppercase hex).
  const std::vector<std::string>& trusted_fingerprints() const;

  ~SignatureVerifier();
  SignatureVerifier(const SignatureVerifier&) = delete;
  SignatureVerifier& operator=(const SignatureVerifier&) = delete;

 private:
  struct State;
  explicit SignatureVerifier(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// Normalises a fingerprint as people write it ("218E 0347 9FE8 ..." or
// lowercase, optionally with a 0x prefix) to 40 uppercase hex; an error when
// it is not 40 hex digits once spaces are removed (v4 keys; v5/v6 keys with
// 64-digit fingerprints are not supported by librnp 0.16).
Result<std::string> normalize_fingerprint(std::string_view text);

}  // namespace vt::feeds
