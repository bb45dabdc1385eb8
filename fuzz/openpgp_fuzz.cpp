// OpenPGP parsing of outside input on arbitrary bytes: a provider's key
// files and the detached `.asc` signatures beside its documents.
//
// Input: KEYS [SEP SIGNATURE [SEP DOCUMENT]] with SEP = "\n--8<--\n". KEYS
// goes to read_public_keys; when it reads, a verifier trusting every key in it
// checks SIGNATURE over DOCUMENT. The signature part (the whole input when
// there is no SEP, so that raw .asc seeds reach the signature parser) is also
// checked against a fixed key generated for this target (not expiring, so a
// run does not depend on the date).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "feeds/openpgp.h"

namespace {

constexpr std::string_view kSeparator = "\n--8<--\n";
constexpr const char* kFixedFingerprint = "5044C1D12370413E31288D49650D4A3E8FB8F268";
constexpr const char* kFixedKey = R"(-----BEGIN PGP PUBLIC KEY BLOCK-----

xjMEaVW5ABYJKwYBBAHaRw8BAQdAHszxKm0zHDvVVH8KfrMUIlvXw9Xl5gD7drWlhe6Tp3jNKXZl
eHRyaWFnZSBmdXp6IGtleSA8ZnV6ekBleGFtcGxlLmludmFsaWQ+wokEExYIADEWIQRQRMHRI3BB
PjEojUllDUo+j7jyaAUCaVW5AAIbAwQLCQgHBRUICQoLBRYCAwEAAAoJEGUNSj6PuPJoqnUBAPSj
yrb08ODqhjQZQzFftxffPyucOS91CYRXeaOV+OJNAQD8PbdxTeM4E3f7bJc8bKvRHAFpCDsACJuq
gAAn2/KRD84zBGlVuQAWCSsGAQQB2kcPAQEHQGwZMkMatzFeUbSWXKHf0ysHgTw7lfpPyqDkkDia
6nUGwsAvBBgWCAAgFiEEUETB0SNwQT4xKI1JZQ1KPo+48mgFAmlVuQACGwIAgQkQZQ1KPo+48mh2
IAQZFggAHRYhBBxcXArxgXgdSObkqNYf2a0MBK3TBQJpVbkAAAoJENYf2a0MBK3Td70A/jVE53ed
pPJVORvyG64Z+XR386l+HIry9tWDYZ4pI9ipAQCZv7LZZFtqFooC3klfMYJGrTMpDxkfUpci7Ebl
AxgiCURWAQCxxs5/J9UB1yK4OigGcwuEAhegllsrqbxQM1PbNDi6swD/ZUAakd4SH70jXMUi4aZL
IBe5ChBsgIxrJ08WIT17MgM=
=5h4P
-----END PGP PUBLIC KEY BLOCK-----)";

bool is_fingerprint(const std::string& s) {
  if (s.size() != 40) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vt::feeds;
  static const auto fixed = SignatureVerifier::create({kFixedKey}, {kFixedFingerprint});
  if (!fixed.ok()) abort();

  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> parts;
  for (std::size_t at = 0;;) {
    const std::size_t sep = input.find(kSeparator, at);
    if (sep == std::string_view::npos || parts.size() == 2) {
      parts.push_back(input.substr(at));
      break;
    }
    parts.push_back(input.substr(at, sep - at));
    at = sep + kSeparator.size();
  }
  const std::string_view signature = parts.size() > 1 ? parts[1] : input;
  const std::string_view document = parts.size() > 2 ? parts[2] : std::string_view();

  const SignatureResult by_fixed = (*fixed)->verify_detached(document, signature);
  if (by_fixed.status == SignatureStatus::kValid &&
      by_fixed.signer_fingerprint != kFixedFingerprint)
    abort();

  auto keys = read_public_keys(parts[0], "fuzz");
  if (!keys.ok()) return 0;
  std::vector<std::string> trusted;
  for (const OpenPgpKey& k : *keys) {
    if (!is_fingerprint(k.fingerprint)) abort();
    for (const std::string& sub : k.subkey_fingerprints)
      if (!is_fingerprint(sub)) abort();
    trusted.push_back(k.fingerprint);
  }
  // Keys that read must load: the verifier finds every primary just listed.
  auto verifier = SignatureVerifier::create({std::string(parts[0])}, trusted);
  if (!verifier.ok()) abort();
  if (parts.size() < 2) return 0;
  const SignatureResult r = (*verifier)->verify_detached(document, signature);
  if (r.status == SignatureStatus::kValid) {
    bool known = false;
    for (const std::string& t : trusted) known = known || t == r.signer_fingerprint;
    if (!known) abort();
  }
  (void)to_string(r.status);
  return 0;
}
