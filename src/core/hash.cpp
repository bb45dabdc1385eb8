#include "core/hash.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>

namespace vt {

namespace {

// Fetched once: OpenSSL 3 otherwise looks the algorithm up in its provider
// store (under a lock) on every digest, which dominates hashing short strings.
const EVP_MD* fetched(HashAlgorithm algorithm) {
  static const EVP_MD* const kMds[] = {
      EVP_MD_fetch(nullptr, "SHA1", nullptr),   EVP_MD_fetch(nullptr, "SHA256", nullptr),
      EVP_MD_fetch(nullptr, "SHA384", nullptr), EVP_MD_fetch(nullptr, "SHA512", nullptr),
      EVP_MD_fetch(nullptr, "MD5", nullptr),
  };
  switch (algorithm) {
    case HashAlgorithm::kSha1:
      return kMds[0];
    case HashAlgorithm::kSha256:
      return kMds[1];
    case HashAlgorithm::kSha384:
      return kMds[2];
    case HashAlgorithm::kSha512:
      return kMds[3];
    case HashAlgorithm::kMd5:
      return kMds[4];
  }
  return kMds[1];
}

}  // namespace

std::string hex_digest(HashAlgorithm algorithm, std::string_view data) {
  const EVP_MD* md = fetched(algorithm);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  // One context per thread, reused: EVP_Digest() allocates and frees one per
  // call, which dominates for the short texts triage hashes millions of.
  struct Context {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
  };
  thread_local Context context;
  if (!context.ctx || EVP_DigestInit_ex(context.ctx, md, nullptr) != 1 ||
      EVP_DigestUpdate(context.ctx, data.data(), data.size()) != 1 ||
      EVP_DigestFinal_ex(context.ctx, digest, &len) != 1)
    EVP_Digest(data.data(), data.size(), digest, &len, md, nullptr);
  static const char kHex[] = "0123456789abcdef";
  std::string out(len * 2, '0');
  for (unsigned i = 0; i < len; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 15];
  }
  return out;
}

namespace {}  // namespace

Hasher::Hasher(HashAlgorithm algorithm) : ctx_(EVP_MD_CTX_new()) {
  EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), fetched(algorithm), nullptr);
}
Hasher::~Hasher() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }
void Hasher::update(std::string_view data) {
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), data.data(), data.size());
}
std::string Hasher::hex_final() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), digest, &len);
  static const char kHex[] = "0123456789abcdef";
  std::string out(len * 2, '0');
  for (unsigned i = 0; i < len; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 15];
  }
  return out;
}

Result<HashAlgorithm> parse_hash_algorithm(std::string_view name) {
  std::string n;
  for (char c : name)
    if (c != '-' && c != '_')
      n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (n == "sha1") return HashAlgorithm::kSha1;
  if (n == "sha256") return HashAlgorithm::kSha256;
  if (n == "sha384") return HashAlgorithm::kSha384;
  if (n == "sha512") return HashAlgorithm::kSha512;
  if (n == "md5") return HashAlgorithm::kMd5;
  return make_error(ErrorCode::kUnsupported,
                    "unknown hash algorithm '" + std::string(name) +
                        "', expected one of sha1, sha256, sha384, sha512, md5");
}

}  // namespace vt
