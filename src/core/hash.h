// Cryptographic digests (OpenSSL), as lowercase hex.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace vt {

enum class HashAlgorithm { kSha1, kSha256, kSha384, kSha512, kMd5 };

// Returns the lowercase hex digest of `data`.
std::string hex_digest(HashAlgorithm algorithm, std::string_view data);

// Incremental hashing, for streams too large to hold.
class Hasher {
 public:
  explicit Hasher(HashAlgorithm algorithm);
  ~Hasher();
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;
  void update(std::string_view data);
  std::string hex_final();  // lowercase hex; the hasher is spent afterwards

 private:
  void* ctx_;  // EVP_MD_CTX
};

// Parses "sha256", "sha-256", "SHA512"... Fails on anything else.
Result<HashAlgorithm> parse_hash_algorithm(std::string_view name);

}  // namespace vt
