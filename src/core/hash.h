// Cryptographic digests (OpenSSL), as lowercase hex.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace vt {

enum class HashAlgorithm { kSha1, kSha256, kSha384, kSha512, kMd5 };

// Returns the lowercase hex digest of `data`.
std::string hex_digest(HashAlgorithm algorithm, std::string_view data);

// Parses "sha256", "sha-256", "SHA512"... Fails on anything else.
Result<HashAlgorithm> parse_hash_algorithm(std::string_view name);

}  // namespace vt
