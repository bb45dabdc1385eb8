// Test support, header-only (included by tests, never built into vt_feeds):
// a fresh ed25519 OpenPGP key generated in memory, with a signing subkey so
// that "the subkey signs, the primary is pinned" is what tests exercise, and
// detached armored signatures made with it. The one place besides
// openpgp.cpp that includes librnp, because it needs secret keys, which the
// product never handles; link the test with PkgConfig::RNP.
#pragma once

#include <rnp/rnp.h>
#include <rnp/rnp_err.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "core/result.h"

namespace vt::feeds::testing {

namespace detail {
template <auto Destroy>
struct RnpFree {
  template <typename T>
  void operator()(T* p) const {
    (void)Destroy(p);
  }
};
using Ffi = std::unique_ptr<rnp_ffi_st, RnpFree<&rnp_ffi_destroy>>;
using Input = std::unique_ptr<rnp_input_st, RnpFree<&rnp_input_destroy>>;
using Output = std::unique_ptr<rnp_output_st, RnpFree<&rnp_output_destroy>>;
using Key = std::unique_ptr<rnp_key_handle_st, RnpFree<&rnp_key_handle_destroy>>;
using Generate = std::unique_ptr<rnp_op_generate_st, RnpFree<&rnp_op_generate_destroy>>;
using Sign = std::unique_ptr<rnp_op_sign_st, RnpFree<&rnp_op_sign_destroy>>;
using Buffer = std::unique_ptr<char, RnpFree<&rnp_buffer_destroy>>;

inline Error rnp_error(const char* what, rnp_result_t r) {
  return make_error(ErrorCode::kInternal,
                    std::string("test signer: ") + what + ": " + rnp_result_to_string(r));
}
#define VT_TEST_RNP(what, call)                                        \
  do {                                                                 \
    if (rnp_result_t vt_rnp_r_ = (call); vt_rnp_r_ != RNP_SUCCESS)     \
      return ::vt::feeds::testing::detail::rnp_error(what, vt_rnp_r_); \
  } while (0)

inline bool read_nothing(void*, void*, size_t, size_t* read) {
  *read = 0;
  return true;
}
inline void close_nothing(void*) {}

inline std::string fingerprint(rnp_key_handle_t key) {
  char* text = nullptr;
  if (rnp_key_get_fprint(key, &text) != RNP_SUCCESS) return {};
  Buffer owned(text);
  std::string out(text);
  for (char& c : out)
    if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

inline Result<std::string> output_text(rnp_output_t out) {
  uint8_t* buf = nullptr;
  size_t len = 0;
  VT_TEST_RNP("output", rnp_output_memory_get_buf(out, &buf, &len, false));
  return std::string(reinterpret_cast<const char*>(buf), len);
}
}  // namespace detail

struct TestKeyOptions {
  std::string user_id = "vextriage test signer <signer@example.invalid>";
  bool signing_subkey = true;       // false: the primary alone, which then signs
  std::int64_t created = 0;         // key creation, unix seconds; 0 = now
  std::uint32_t expires_after = 0;  // seconds after creation (primary and subkey); 0 = never
};

struct SignOptions {
  std::int64_t at = 0;              // signature creation, unix seconds; 0 = now
  bool with_primary = false;        // sign with the primary even when there is a subkey
  bool armored = true;              // false: binary signature packets
  std::uint32_t expires_after = 0;  // the signature's own expiry, seconds after it; 0 = never
};

class TestSigner {
 public:
  static Result<std::unique_ptr<TestSigner>> generate(const TestKeyOptions& options = {}) {
    std::unique_ptr<TestSigner> signer(new TestSigner());
    rnp_ffi_t ffi = nullptr;
    VT_TEST_RNP("ffi", rnp_ffi_create(&ffi, RNP_KEYSTORE_GPG, RNP_KEYSTORE_GPG));
    signer->ffi_.reset(ffi);
    // librnp stamps keys with its ffi's clock: set it to backdate the key.
    if (options.created != 0)
      VT_TEST_RNP("time", rnp_set_timestamp(ffi, static_cast<uint64_t>(options.created)));

    rnp_op_generate_t raw = nullptr;
    VT_TEST_RNP("generate", rnp_op_generate_create(&raw, ffi, RNP_ALGNAME_EDDSA));
    detail::Generate primary_op(raw);
    VT_TEST_RNP("user id", rnp_op_generate_set_userid(primary_op.get(), options.user_id.c_str()));
    VT_TEST_RNP("usage", rnp_op_generate_add_usage(primary_op.get(), "sign"));
    // Always set: librnp's default is two years, not "never".
    VT_TEST_RNP("expiry", rnp_op_generate_set_expiration(primary_op.get(), options.expires_after));
    VT_TEST_RNP("generate", rnp_op_generate_execute(primary_op.get()));
    rnp_key_handle_t primary = nullptr;
    VT_TEST_RNP("generated key", rnp_op_generate_get_key(primary_op.get(), &primary));
    signer->primary_.reset(primary);
    signer->fingerprint_ = detail::fingerprint(primary);
    signer->signing_fingerprint_ = signer->fingerprint_;

    if (options.signing_subkey) {
      raw = nullptr;
      VT_TEST_RNP("subkey", rnp_op_generate_subkey_create(&raw, ffi, primary, RNP_ALGNAME_EDDSA));
      detail::Generate sub_op(raw);
      VT_TEST_RNP("usage", rnp_op_generate_add_usage(sub_op.get(), "sign"));
      VT_TEST_RNP("expiry", rnp_op_generate_set_expiration(sub_op.get(), options.expires_after));
      VT_TEST_RNP("subkey", rnp_op_generate_execute(sub_op.get()));
      rnp_key_handle_t sub = nullptr;
      VT_TEST_RNP("generated subkey", rnp_op_generate_get_key(sub_op.get(), &sub));
      signer->subkey_.reset(sub);
      signer->signing_fingerprint_ = detail::fingerprint(sub);
    }
    VT_TEST_RNP("time", rnp_set_timestamp(ffi, 0));
    return signer;
  }

  const std::string& fingerprint() const { return fingerprint_; }  // primary, 40 uppercase hex
  // The subkey's when there is one, else the primary's.
  const std::string& signing_fingerprint() const { return signing_fingerprint_; }

  // The public key with its subkey, and its revocation once revoke() ran.
  Result<std::string> public_key(bool armored = true) const {
    return export_key(RNP_KEY_EXPORT_PUBLIC | (armored ? RNP_KEY_EXPORT_ARMORED : 0));
  }
  // The unprotected secret key (armored): what a provider must never publish.
  Result<std::string> secret_key() const {
    return export_key(RNP_KEY_EXPORT_SECRET | RNP_KEY_EXPORT_ARMORED);
  }

  // A detached signature of `data` (armored unless told). Thread-safe.
  Result<std::string> sign(std::string_view data, const SignOptions& options = {}) const {
    std::lock_guard lock(mutex_);
    rnp_input_t in_raw = nullptr;
    VT_TEST_RNP("input", data.empty() ? rnp_input_from_callback(&in_raw, detail::read_nothing,
                                                                detail::close_nothing, nullptr)
                                      : rnp_input_from_memory(
                                            &in_raw, reinterpret_cast<const uint8_t*>(data.data()),
                                            data.size(), false));
    detail::Input in(in_raw);
    rnp_output_t out_raw = nullptr;
    VT_TEST_RNP("output", rnp_output_to_memory(&out_raw, 0));
    detail::Output out(out_raw);
    rnp_op_sign_t op_raw = nullptr;
    VT_TEST_RNP("sign", rnp_op_sign_detached_create(&op_raw, ffi_.get(), in.get(), out.get()));
    detail::Sign op(op_raw);
    VT_TEST_RNP("armor", rnp_op_sign_set_armor(op.get(), options.armored));
    rnp_key_handle_t key = options.with_primary || !subkey_ ? primary_.get() : subkey_.get();
    // The key must be valid at the signature's time: the ffi's clock decides.
    if (options.at != 0) {
      VT_TEST_RNP("time", rnp_set_timestamp(ffi_.get(), static_cast<uint64_t>(options.at)));
      VT_TEST_RNP("time",
                  rnp_op_sign_set_creation_time(op.get(), static_cast<uint32_t>(options.at)));
    }
    if (options.expires_after != 0)
      VT_TEST_RNP("expiry", rnp_op_sign_set_expiration_time(op.get(), options.expires_after));
    const rnp_result_t added = rnp_op_sign_add_signature(op.get(), key, nullptr);
    const rnp_result_t executed = added == RNP_SUCCESS ? rnp_op_sign_execute(op.get()) : added;
    if (options.at != 0) (void)rnp_set_timestamp(ffi_.get(), 0);
    VT_TEST_RNP("sign", executed);
    return detail::output_text(out.get());
  }

  // Revokes the primary key ("compromised"); public_key() then carries the
  // revocation and sign() fails (librnp refuses a revoked key).
  Status revoke() {
    std::lock_guard lock(mutex_);
    VT_TEST_RNP("revoke",
                rnp_key_revoke(primary_.get(), 0, nullptr, "compromised", "revoked by the test"));
    return {};
  }

 private:
  TestSigner() = default;

  Result<std::string> export_key(uint32_t flags) const {
    std::lock_guard lock(mutex_);
    rnp_output_t raw = nullptr;
    VT_TEST_RNP("output", rnp_output_to_memory(&raw, 0));
    detail::Output out(raw);
    VT_TEST_RNP("export",
                rnp_key_export(primary_.get(), out.get(), flags | RNP_KEY_EXPORT_SUBKEYS));
    return detail::output_text(out.get());
  }

  // Declared first so that it is destroyed last, after the key handles.
  detail::Ffi ffi_;
  detail::Key primary_, subkey_;
  std::string fingerprint_, signing_fingerprint_;
  mutable std::mutex mutex_;
};

#undef VT_TEST_RNP

}  // namespace vt::feeds::testing
