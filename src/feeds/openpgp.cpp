// librnp behind the OpenPGP API of openpgp.h. Every librnp object is owned by
// a unique_ptr with its destroy function, so no early return leaks one (the
// ASan build checks it).
#include "feeds/openpgp.h"

#include <rnp/rnp.h>
#include <rnp/rnp_err.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <mutex>

#include "core/strings.h"

namespace vt::feeds {
namespace {

template <auto Destroy>
struct RnpDeleter {
  template <typename T>
  void operator()(T* p) const {
    (void)Destroy(p);
  }
};
using Ffi = std::unique_ptr<rnp_ffi_st, RnpDeleter<&rnp_ffi_destroy>>;
using Input = std::unique_ptr<rnp_input_st, RnpDeleter<&rnp_input_destroy>>;
using Key = std::unique_ptr<rnp_key_handle_st, RnpDeleter<&rnp_key_handle_destroy>>;
using Verify = std::unique_ptr<rnp_op_verify_st, RnpDeleter<&rnp_op_verify_destroy>>;
using Sig = std::unique_ptr<rnp_signature_handle_st, RnpDeleter<&rnp_signature_handle_destroy>>;
using Ids =
    std::unique_ptr<rnp_identifier_iterator_st, RnpDeleter<&rnp_identifier_iterator_destroy>>;
using Buffer = std::unique_ptr<char, RnpDeleter<&rnp_buffer_destroy>>;

// A provider's key file is a few KiB; a keyring export with many keys and
// certifications stays far below this.
constexpr std::size_t kMaxKeyFileBytes = 16u << 20;
// A detached signature is a few hundred bytes, even with several signers.
constexpr std::size_t kMaxSignatureBytes = 1u << 20;
constexpr std::size_t kMaxArmoredBlocks = 16;
constexpr std::string_view kArmorBegin = "-----BEGIN PGP SIGNATURE-----";

// Takes a string librnp allocated; "" when the call failed or gave nothing.
// `text` is a reference so that it is read after the call that fills it
// (the order in which arguments are evaluated is unspecified).
std::string take(rnp_result_t result, char*& text) {
  Buffer owned(text);
  if (result != RNP_SUCCESS || text == nullptr) return {};
  return std::string(text);
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string rfc3339(std::int64_t unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

Result<Ffi> new_ffi() {
  rnp_ffi_t ffi = nullptr;
  if (rnp_result_t r = rnp_ffi_create(&ffi, RNP_KEYSTORE_GPG, RNP_KEYSTORE_GPG); r != RNP_SUCCESS)
    return make_error(ErrorCode::kInternal, cat({"librnp: ", rnp_result_to_string(r)}));
  return Ffi(ffi);
}

bool read_nothing(void*, void*, size_t, size_t* read) {
  *read = 0;
  return true;
}
void close_nothing(void*) {}

// librnp refuses a zero-length memory input, yet empty data can be signed.
Result<Input> input_from(std::string_view bytes) {
  rnp_input_t in = nullptr;
  const rnp_result_t r =
      bytes.empty() ? rnp_input_from_callback(&in, read_nothing, close_nothing, nullptr)
                    : rnp_input_from_memory(&in, reinterpret_cast<const uint8_t*>(bytes.data()),
                                            bytes.size(), /*do_copy=*/false);
  if (r != RNP_SUCCESS)
    return make_error(ErrorCode::kInternal, cat({"librnp input: ", rnp_result_to_string(r)}));
  return Input(in);
}

Key locate(rnp_ffi_t ffi, const std::string& fingerprint) {
  rnp_key_handle_t key = nullptr;
  if (rnp_locate_key(ffi, "fingerprint", fingerprint.c_str(), &key) != RNP_SUCCESS) return {};
  return Key(key);
}

bool flag(rnp_result_t (*query)(rnp_key_handle_t, bool*), rnp_key_handle_t key) {
  bool value = false;
  return query(key, &value) == RNP_SUCCESS && value;
}

std::string fingerprint_of(rnp_key_handle_t key) {
  char* text = nullptr;
  return upper(take(rnp_key_get_fprint(key, &text), text));
}

// The primary fingerprint of a primary key or of a subkey ("" for a subkey
// whose primary is not in the keyring).
std::string primary_fingerprint_of(rnp_key_handle_t key) {
  if (flag(rnp_key_is_primary, key)) return fingerprint_of(key);
  char* text = nullptr;
  return upper(take(rnp_key_get_primary_fprint(key, &text), text));
}

// Every key in the keyring (primaries and subkeys), by fingerprint, in the
// order librnp keeps them (the order of the files).
std::vector<std::string> all_fingerprints(rnp_ffi_t ffi) {
  std::vector<std::string> out;
  rnp_identifier_iterator_t raw = nullptr;
  if (rnp_identifier_iterator_create(ffi, &raw, "fingerprint") != RNP_SUCCESS) return out;
  Ids it(raw);
  const char* id = nullptr;
  while (rnp_identifier_iterator_next(it.get(), &id) == RNP_SUCCESS && id != nullptr)
    out.push_back(upper(id));
  return out;
}

// Adds the keys of one file to `ffi`. Secret material is refused outright:
// it is imported (so that it can be seen) into a keyring the caller drops.
Status import_key_file(rnp_ffi_t ffi, std::string_view data, const std::string& where) {
  if (data.empty())
    return make_error(ErrorCode::kInvalidInput,
                      "empty key file; expected an OpenPGP public key (armored or binary)", where);
  if (data.size() > kMaxKeyFileBytes)
    return make_error(ErrorCode::kLimit,
                      cat({"key file of ", std::to_string(data.size()),
                           " bytes; an OpenPGP public key file is at most 16 MiB here"}),
                      where);
  VT_ASSIGN_OR_RETURN(Input in, input_from(data));
  const rnp_result_t r = rnp_import_keys(
      ffi, in.get(), RNP_LOAD_SAVE_PUBLIC_KEYS | RNP_LOAD_SAVE_SECRET_KEYS, nullptr);
  if (r != RNP_SUCCESS) {
    std::string hint =
        "expected an armored (-----BEGIN PGP PUBLIC KEY BLOCK-----) or binary "
        "OpenPGP public key";
    if (data.substr(0, 15) == "-----BEGIN PGP ") {
      const std::string_view kind = data.substr(15, data.substr(15, 40).find("-----"));
      if (kind != "PUBLIC KEY BLOCK" && kind != "PRIVATE KEY BLOCK")
        hint = cat({"this is an armored PGP ", kind, ", not a PGP PUBLIC KEY BLOCK"});
      else if (data.find("-----END PGP ") == std::string_view::npos)
        hint = "the armour is truncated (no -----END line)";
    }
    return make_error(
        ErrorCode::kInvalidInput,
        cat({"not a readable OpenPGP key (librnp: ", rnp_result_to_string(r), "); ", hint}), where);
  }
  std::size_t secrets = 0;
  if (rnp_get_secret_key_count(ffi, &secrets) != RNP_SUCCESS || secrets != 0)
    return make_error(ErrorCode::kInvalidInput,
                      "holds secret key material; a provider publishes public keys only, so this "
                      "file is refused (and the key should be considered compromised)",
                      where);
  return {};
}

OpenPgpKey describe(rnp_key_handle_t key) {
  OpenPgpKey out;
  out.fingerprint = fingerprint_of(key);
  std::size_t count = 0;
  if (rnp_key_get_subkey_count(key, &count) == RNP_SUCCESS) {
    for (std::size_t i = 0; i < count; ++i) {
      rnp_key_handle_t raw = nullptr;
      if (rnp_key_get_subkey_at(key, i, &raw) != RNP_SUCCESS) continue;
      Key sub(raw);
      out.subkey_fingerprints.push_back(fingerprint_of(sub.get()));
    }
  }
  if (rnp_key_get_uid_count(key, &count) == RNP_SUCCESS) {
    for (std::size_t i = 0; i < count; ++i) {
      char* uid = nullptr;
      out.user_ids.push_back(take(rnp_key_get_uid_at(key, i, &uid), uid));
    }
  }
  std::uint32_t created = 0, expiration = 0;
  if (rnp_key_get_creation(key, &created) == RNP_SUCCESS) out.created = rfc3339(created);
  // The expiration is counted from the creation (RFC 4880, 5.2.3.6).
  if (rnp_key_get_expiration(key, &expiration) == RNP_SUCCESS && expiration != 0)
    out.expires = rfc3339(std::int64_t{created} + expiration);
  out.revoked = flag(rnp_key_is_revoked, key);
  return out;
}

int rank(SignatureStatus s) {
  switch (s) {
    case SignatureStatus::kValid:
      return 0;
    case SignatureStatus::kBadSignature:
      return 1;
    case SignatureStatus::kKeyExpiredOrRevoked:
      return 2;
    case SignatureStatus::kUnknownKey:
      return 3;
    case SignatureStatus::kMalformed:
      return 4;
  }
  return 5;
}

}  // namespace

const char* to_string(SignatureStatus s) {
  switch (s) {
    case SignatureStatus::kValid:
      return "valid";
    case SignatureStatus::kBadSignature:
      return "bad signature";
    case SignatureStatus::kUnknownKey:
      return "unknown key";
    case SignatureStatus::kKeyExpiredOrRevoked:
      return "key expired or revoked";
    case SignatureStatus::kMalformed:
      return "malformed";
  }
  return "?";
}

Result<std::string> normalize_fingerprint(std::string_view text) {
  std::string hex;
  hex.reserve(40);
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') hex.push_back(c);
  if (hex.size() > 2 && hex[0] == '0' && (hex[1] == 'x' || hex[1] == 'X')) hex.erase(0, 2);
  const bool all_hex = std::all_of(hex.begin(), hex.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  });
  if (hex.size() != 40 || !all_hex)
    return make_error(ErrorCode::kInvalidInput,
                      cat({"\"", text.substr(0, 100),
                           "\" is not an OpenPGP fingerprint; expected 40 hex digits (spaces "
                           "allowed)"}));
  return upper(std::move(hex));
}

Result<std::vector<OpenPgpKey>> read_public_keys(std::string_view data, const std::string& where) {
  VT_ASSIGN_OR_RETURN(Ffi ffi, new_ffi());
  VT_TRY(import_key_file(ffi.get(), data, where));
  std::vector<OpenPgpKey> keys;
  for (const std::string& fpr : all_fingerprints(ffi.get())) {
    // v3 keys (16-byte fingerprints, obsolete since RFC 4880) cannot be pinned.
    Key key = locate(ffi.get(), fpr);
    if (key && fpr.size() == 40 && flag(rnp_key_is_primary, key.get()))
      keys.push_back(describe(key.get()));
  }
  if (keys.empty())
    return make_error(ErrorCode::kInvalidInput,
                      "no OpenPGP v4 primary key in the file; expected a public key block", where);
  return keys;
}

struct SignatureVerifier::State {
  Ffi ffi;
  std::vector<std::string> trusted;  // sorted
  std::mutex mutex;                  // librnp does not promise a thread-safe ffi

  bool is_trusted(const std::string& primary) const {
    return std::binary_search(trusted.begin(), trusted.end(), primary);
  }
  std::string join_trusted() const {
    std::string out;
    for (const std::string& fpr : trusted) out += (out.empty() ? "" : ", ") + fpr;
    return out;
  }
  SignatureResult check(rnp_op_verify_signature_t signature) const;
  SignatureResult verify_block(std::string_view data, std::string_view signature) const;
};

SignatureVerifier::SignatureVerifier(std::unique_ptr<State> state) : state_(std::move(state)) {}
SignatureVerifier::~SignatureVerifier() = default;

const std::vector<std::string>& SignatureVerifier::trusted_fingerprints() const {
  return state_->trusted;
}

Result<std::unique_ptr<SignatureVerifier>> SignatureVerifier::create(
    const std::vector<std::string>& key_files_data,
    const std::vector<std::string>& trusted_fingerprints) {
  if (trusted_fingerprints.empty())
    return make_error(ErrorCode::kInvalidInput,
                      "no trusted fingerprint; a provider's keys must be pinned to be used");
  auto state = std::make_unique<State>();
  for (const std::string& text : trusted_fingerprints) {
    VT_ASSIGN_OR_RETURN(std::string fpr, normalize_fingerprint(text));
    state->trusted.push_back(std::move(fpr));
  }
  std::sort(state->trusted.begin(), state->trusted.end());
  state->trusted.erase(std::unique(state->trusted.begin(), state->trusted.end()),
                       state->trusted.end());

  VT_ASSIGN_OR_RETURN(state->ffi, new_ffi());
  for (std::size_t i = 0; i < key_files_data.size(); ++i)
    VT_TRY(import_key_file(
        state->ffi.get(), key_files_data[i],
        cat({"key file ", std::to_string(i + 1), " of ", std::to_string(key_files_data.size())})));

  // Drop every key not pinned, so that librnp cannot even find it: a
  // signature by it then reads as made by an unknown key.
  for (const std::string& fpr : all_fingerprints(state->ffi.get())) {
    Key key = locate(state->ffi.get(), fpr);
    if (!key || state->is_trusted(primary_fingerprint_of(key.get()))) continue;
    (void)rnp_key_remove(key.get(), RNP_KEY_REMOVE_PUBLIC);
  }
  for (const std::string& fpr : state->trusted) {
    Key key = locate(state->ffi.get(), fpr);
    if (!key || !flag(rnp_key_is_primary, key.get()))
      return make_error(ErrorCode::kNotFound, cat({"no primary key with the trusted fingerprint ",
                                                   fpr, " in the key files given"}));
  }
  return std::unique_ptr<SignatureVerifier>(new SignatureVerifier(std::move(state)));
}

SignatureResult SignatureVerifier::State::check(rnp_op_verify_signature_t signature) const {
  SignatureResult out;
  std::uint32_t created = 0;
  std::string issuer_fpr;
  if (rnp_signature_handle_t raw = nullptr;
      rnp_op_verify_signature_get_handle(signature, &raw) == RNP_SUCCESS) {
    Sig handle(raw);
    char* text = nullptr;
    out.key_id = upper(take(rnp_signature_get_keyid(handle.get(), &text), text));
    text = nullptr;
    issuer_fpr = upper(take(rnp_signature_get_key_fprint(handle.get(), &text), text));
    if (rnp_signature_get_creation(handle.get(), &created) == RNP_SUCCESS && created != 0)
      out.created = rfc3339(created);
  }
  const std::string issuer = out.key_id.empty() ? issuer_fpr : out.key_id;
  const rnp_result_t status = rnp_op_verify_signature_get_status(signature);

  Key signer;
  if (rnp_key_handle_t raw = nullptr;
      rnp_op_verify_signature_get_key(signature, &raw) == RNP_SUCCESS)
    signer.reset(raw);
  const std::string primary_fpr = signer ? primary_fingerprint_of(signer.get()) : std::string();
  if (!signer || !is_trusted(primary_fpr)) {
    if (status == RNP_ERROR_SIGNATURE_UNKNOWN || issuer.empty()) {
      out.status = SignatureStatus::kMalformed;
      out.message = cat({"unreadable signature (librnp: ", rnp_result_to_string(status), ")"});
      return out;
    }
    out.status = SignatureStatus::kUnknownKey;
    out.message = cat({"signed by unknown key ", issuer,
                       issuer_fpr.empty() ? "" : cat({" (fingerprint ", issuer_fpr, ")"}),
                       "; trusted: ", join_trusted()});
    return out;
  }
  out.signer_fingerprint = primary_fpr;
  const std::string by = cat({"key ", primary_fpr});
  Key primary = locate(ffi.get(), primary_fpr);

  // The key's state first: a revoked or expired key makes no valid signature,
  // whatever the bytes say.
  for (rnp_key_handle_t k : {primary.get(), signer.get()}) {
    if (k == nullptr || !flag(rnp_key_is_revoked, k)) continue;
    char* text = nullptr;
    const std::string reason = take(rnp_key_get_revocation_reason(k, &text), text);
    out.status = SignatureStatus::kKeyExpiredOrRevoked;
    out.message = cat({k == primary.get() ? by : cat({"subkey ", fingerprint_of(k), " of ", by}),
                       " is revoked", reason.empty() ? "" : cat({" (\"", reason, "\")"})});
    return out;
  }
  std::uint64_t valid_till = 0;  // for a subkey, bounded by its primary's validity too
  if (rnp_key_valid_till64(signer.get(), &valid_till) != RNP_SUCCESS || valid_till == 0) {
    out.status = SignatureStatus::kKeyExpiredOrRevoked;
    out.message = cat({by, " is not valid (no valid self-signature or subkey binding)"});
    return out;
  }
  const std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
  if (valid_till < static_cast<std::uint64_t>(now)) {
    out.status = SignatureStatus::kKeyExpiredOrRevoked;
    out.message = cat({by, " expired on ", rfc3339(static_cast<std::int64_t>(valid_till))});
    return out;
  }

  switch (status) {
    case RNP_SUCCESS:
      out.status = SignatureStatus::kValid;
      out.message = cat({"signed by ", by,
                         issuer_fpr.empty() || issuer_fpr == primary_fpr
                             ? ""
                             : cat({" (subkey ", issuer_fpr, ")"})});
      return out;
    case RNP_ERROR_SIGNATURE_INVALID:
      out.status = SignatureStatus::kBadSignature;
      out.message = cat({"signature by ", by,
                         " does not match the data: the document or its signature was altered"});
      return out;
    case RNP_ERROR_SIGNATURE_EXPIRED:
      // librnp also reports a signature dated in the future this way.
      if (created > now) {
        out.status = SignatureStatus::kBadSignature;
        out.message =
            cat({"signature by ", by, " claims to be made on ", out.created, ", in the future"});
      } else {
        out.status = SignatureStatus::kKeyExpiredOrRevoked;
        out.message = cat({"signature by ", by, " (made ", out.created, ") has expired"});
      }
      return out;
    default:
      out.status = SignatureStatus::kMalformed;
      out.message = cat({"signature by ", by,
                         " could not be checked (librnp: ", rnp_result_to_string(status), ")"});
      return out;
  }
}

// One armored block or binary packets: librnp reads every signature packet
// in it. The caller holds the mutex.
SignatureResult SignatureVerifier::State::verify_block(std::string_view data,
                                                       std::string_view signature) const {
  SignatureResult out;
  auto data_in = input_from(data);
  auto signature_in = input_from(signature);
  if (!data_in.ok() || !signature_in.ok()) {
    out.message = (data_in.ok() ? signature_in.error() : data_in.error()).message;
    return out;
  }
  rnp_op_verify_t raw = nullptr;
  if (rnp_result_t r =
          rnp_op_verify_detached_create(&raw, ffi.get(), data_in->get(), signature_in->get());
      r != RNP_SUCCESS) {
    out.message = cat({"librnp: ", rnp_result_to_string(r)});
    return out;
  }
  Verify op(raw);
  // The outcome per signature is read below; execute's own code only says
  // whether any was valid, or why nothing could be read at all.
  const rnp_result_t executed = rnp_op_verify_execute(op.get());
  std::size_t count = 0;
  if (rnp_op_verify_get_signature_count(op.get(), &count) != RNP_SUCCESS || count == 0) {
    out.message =
        cat({"no OpenPGP signature could be read (librnp: ", rnp_result_to_string(executed),
             "); expected a detached signature (", kArmorBegin, ")"});
    return out;
  }
  bool first = true;
  for (std::size_t i = 0; i < count; ++i) {
    rnp_op_verify_signature_t signature_i = nullptr;
    if (rnp_op_verify_get_signature_at(op.get(), i, &signature_i) != RNP_SUCCESS) continue;
    SignatureResult r = check(signature_i);
    if (first || rank(r.status) < rank(out.status)) out = std::move(r);
    first = false;
  }
  return out;
}

SignatureResult SignatureVerifier::verify_detached(std::string_view data,
                                                   std::string_view signature) const {
  SignatureResult out;
  if (signature.empty()) {
    out.message = "empty signature file";
    return out;
  }
  if (signature.size() > kMaxSignatureBytes) {
    out.message = cat({"signature file of ", std::to_string(signature.size()),
                       " bytes; a detached signature is at most 1 MiB here"});
    return out;
  }
  // librnp reads the first armored block only; signatures appended as
  // further blocks (`cat a.asc b.asc`) are checked one block at a time.
  std::vector<std::string_view> blocks;
  for (std::size_t at = signature.find(kArmorBegin); at != std::string_view::npos;) {
    const std::size_t next = signature.find(kArmorBegin, at + 1);
    blocks.push_back(signature.substr(at, next == std::string_view::npos ? next : next - at));
    at = next;
  }
  if (blocks.size() < 2 || blocks.size() > kMaxArmoredBlocks) blocks.assign(1, signature);

  std::lock_guard lock(state_->mutex);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    SignatureResult r = state_->verify_block(data, blocks[i]);
    if (i == 0 || rank(r.status) < rank(out.status)) out = std::move(r);
    if (out.status == SignatureStatus::kValid) break;
  }
  return out;
}

}  // namespace vt::feeds
