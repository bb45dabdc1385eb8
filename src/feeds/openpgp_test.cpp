// OpenPGP verification against real provider data first (Stackable's trusted
// provider: 23 documents, their signatures and keys; a CISA document whose
// key is not published), then against keys generated here for the cases real
// data does not show (subkeys, expiry, revocation, secret keys, hostile input).
#include "feeds/openpgp.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>
#include <thread>

#include "core/file.h"
#include "feeds/openpgp_test_signer.h"

namespace vt::feeds {
namespace {

namespace fs = std::filesystem;
using testing::SignOptions;
using testing::TestKeyOptions;
using testing::TestSigner;

const std::string kStackable = VT_SHARED_DIR "/corpus/signed-stackable/csaf/v2";
// The key provider-metadata.json names (the test also reads it from there);
// ../shared/corpus/SOURCES.md documents it as the one all 23 signatures verify with.
const std::string kStackableFingerprint = "218E03479FE800223105FEA631905DED3EFD610A";
const std::string kStackableKeyId = "31905DED3EFD610A";

std::string slurp(const std::string& path) {
  auto text = read_file(path);
  EXPECT_TRUE(text.ok()) << path;
  return text.ok() ? *text : std::string();
}

std::string stackable_key() { return slurp(kStackable + "/openpgp/4005788070EAA8A5.txt"); }
std::string other_key() { return slurp(kStackable + "/openpgp/A2A781A51BC3B8C6.txt"); }

// The fingerprint as provider-metadata.json gives it, found by hand: the
// provider metadata parser is not what is tested here.
std::string fingerprint_from_metadata() {
  const std::string text = slurp(kStackable + "/provider-metadata.json");
  const std::string marker = "\"fingerprint\": \"";
  const auto at = text.find(marker);
  if (at == std::string::npos) return {};
  return text.substr(at + marker.size(), 40);
}

struct Signed {
  std::string document, signature;
};
std::vector<Signed> stackable_documents() {
  std::vector<std::string> paths;
  for (const auto& e : fs::recursive_directory_iterator(kStackable + "/advisories"))
    if (e.is_regular_file() && e.path().extension() == ".json") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<Signed> out;
  for (const auto& p : paths) out.push_back({slurp(p), slurp(p + ".asc")});
  return out;
}

std::unique_ptr<SignatureVerifier> verifier_for(const std::vector<std::string>& keys,
                                                const std::vector<std::string>& trusted) {
  auto v = SignatureVerifier::create(keys, trusted);
  EXPECT_TRUE(v.ok()) << (v.ok() ? "" : v.error().to_string());
  return v.ok() ? std::move(*v) : nullptr;
}

std::unique_ptr<TestSigner> generate(const TestKeyOptions& options = {}) {
  auto s = TestSigner::generate(options);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().to_string());
  return s.ok() ? std::move(*s) : nullptr;
}

std::string value_of(Result<std::string> r) {
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().to_string());
  return r.ok() ? *r : std::string();
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// --- real data -------------------------------------------------------------

TEST(OpenPgpStackable, KeyFileNamedAfterItsSubkeyReadsAsThePinnedPrimary) {
  EXPECT_EQ(fingerprint_from_metadata(), kStackableFingerprint);
  auto keys = read_public_keys(stackable_key(), "4005788070EAA8A5.txt");
  ASSERT_TRUE(keys.ok()) << keys.error().to_string();
  ASSERT_EQ(keys->size(), 1u);
  const OpenPgpKey& k = keys->front();
  EXPECT_EQ(k.fingerprint, kStackableFingerprint);
  ASSERT_EQ(k.subkey_fingerprints.size(), 1u);
  EXPECT_EQ(k.subkey_fingerprints[0].substr(24), "4005788070EAA8A5");  // the file's name
  ASSERT_EQ(k.user_ids.size(), 1u);
  EXPECT_EQ(k.user_ids[0], "Stackable Product Security Team <product-security@stackable.tech>");
  EXPECT_EQ(k.created, "2025-02-04T12:30:53Z");
  EXPECT_EQ(k.expires, "");
  EXPECT_FALSE(k.revoked);
}

TEST(OpenPgpStackable, SeveralKeysInOneFile) {
  auto keys = read_public_keys(stackable_key() + other_key(), "both.txt");
  ASSERT_TRUE(keys.ok()) << keys.error().to_string();
  ASSERT_EQ(keys->size(), 2u);
  EXPECT_EQ((*keys)[0].fingerprint, kStackableFingerprint);
  EXPECT_EQ((*keys)[1].fingerprint.substr(24), "88EDA0F297A4367A");
  EXPECT_EQ((*keys)[1].subkey_fingerprints.at(0).substr(24), "A2A781A51BC3B8C6");
}

TEST(OpenPgpStackable, All23SignaturesVerifyAgainstThePinnedKey) {
  const auto docs = stackable_documents();
  ASSERT_EQ(docs.size(), 23u);
  // Both key files given, only the metadata's key trusted.
  auto v = verifier_for({stackable_key(), other_key()}, {fingerprint_from_metadata()});
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->trusted_fingerprints(), std::vector<std::string>{kStackableFingerprint});
  int valid = 0;
  for (const Signed& d : docs) {
    const SignatureResult r = v->verify_detached(d.document, d.signature);
    EXPECT_EQ(r.status, SignatureStatus::kValid) << r.message;
    EXPECT_EQ(r.signer_fingerprint, kStackableFingerprint);
    EXPECT_EQ(r.key_id, kStackableKeyId);
    EXPECT_EQ(r.created.size(), 20u) << r.created;  // YYYY-MM-DDTHH:MM:SSZ
    valid += r.status == SignatureStatus::kValid;
  }
  EXPECT_EQ(valid, 23);
}

TEST(OpenPgpStackable, FlippedByteIsABadSignature) {
  const auto docs = stackable_documents();
  ASSERT_FALSE(docs.empty());
  auto v = verifier_for({stackable_key()}, {kStackableFingerprint});
  ASSERT_NE(v, nullptr);
  for (std::size_t at :
       {std::size_t{0}, docs[0].document.size() / 2, docs[0].document.size() - 1}) {
    std::string tampered = docs[0].document;
    tampered[at] = static_cast<char>(tampered[at] ^ 0x01);
    const SignatureResult r = v->verify_detached(tampered, docs[0].signature);
    EXPECT_EQ(r.status, SignatureStatus::kBadSignature) << at << ": " << r.message;
    EXPECT_EQ(r.signer_fingerprint, kStackableFingerprint);
    EXPECT_TRUE(contains(r.message, "does not match")) << r.message;
  }
  // One byte more or less, too.
  EXPECT_EQ(v->verify_detached(docs[0].document + "\n", docs[0].signature).status,
            SignatureStatus::kBadSignature);
}

TEST(OpenPgpStackable, OnlyTheOtherKeyTrustedMakesTheSignerUnknown) {
  auto other = read_public_keys(other_key(), "A2A781A51BC3B8C6.txt");
  ASSERT_TRUE(other.ok());
  // The other key is given alone, and also beside the signer's (dropped as untrusted).
  for (const auto& files : {std::vector<std::string>{other_key()},
                            std::vector<std::string>{stackable_key(), other_key()}}) {
    auto v = verifier_for(files, {other->front().fingerprint});
    ASSERT_NE(v, nullptr);
    const auto docs = stackable_documents();
    const SignatureResult r = v->verify_detached(docs.at(0).document, docs.at(0).signature);
    EXPECT_EQ(r.status, SignatureStatus::kUnknownKey) << r.message;
    EXPECT_EQ(r.key_id, kStackableKeyId);
    EXPECT_EQ(r.signer_fingerprint, "");
    EXPECT_TRUE(contains(r.message, "signed by unknown key " + kStackableKeyId)) << r.message;
  }
}

TEST(OpenPgpCisa, UnpublishedKeyIsUnknownAndNamed) {
  const std::string dir = VT_SHARED_DIR "/corpus/cisa/OT/white/2024";
  std::vector<std::string> docs;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".json") docs.push_back(e.path());
  std::sort(docs.begin(), docs.end());
  ASSERT_FALSE(docs.empty());
  auto v = verifier_for({stackable_key()}, {kStackableFingerprint});
  ASSERT_NE(v, nullptr);
  // CISA's RSA key, 144AED0A57BE7D4AE835D9D8CAC5AC4F74164B17 (gpg --list-packets on the .asc).
  for (const std::string& doc : {docs.front(), docs.back()}) {
    const SignatureResult r = v->verify_detached(slurp(doc), slurp(doc + ".asc"));
    EXPECT_EQ(r.status, SignatureStatus::kUnknownKey) << doc << ": " << r.message;
    EXPECT_EQ(r.key_id, "CAC5AC4F74164B17");
    EXPECT_TRUE(contains(r.message, "CAC5AC4F74164B17")) << r.message;
    EXPECT_TRUE(contains(r.message, "144AED0A57BE7D4AE835D9D8CAC5AC4F74164B17")) << r.message;
  }
}

TEST(OpenPgpVerifier, RefusesWhatCannotBePinned) {
  auto none = SignatureVerifier::create({stackable_key()}, {});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::kInvalidInput);

  auto short_fpr = SignatureVerifier::create({stackable_key()}, {"31905DED3EFD610A"});
  ASSERT_FALSE(short_fpr.ok());
  EXPECT_TRUE(contains(short_fpr.error().message, "40 hex digits")) << short_fpr.error().message;

  // Pinned, but its key is not in the files given.
  auto missing = SignatureVerifier::create({other_key()}, {kStackableFingerprint});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(contains(missing.error().message, kStackableFingerprint));

  // A subkey fingerprint is not a primary one.
  auto keys = read_public_keys(stackable_key(), "k");
  ASSERT_TRUE(keys.ok());
  auto subkey =
      SignatureVerifier::create({stackable_key()}, {keys->front().subkey_fingerprints[0]});
  ASSERT_FALSE(subkey.ok());
  EXPECT_EQ(subkey.error().code, ErrorCode::kNotFound);

  auto bad_file =
      SignatureVerifier::create({stackable_key(), "not a key"}, {kStackableFingerprint});
  ASSERT_FALSE(bad_file.ok());
  EXPECT_EQ(bad_file.error().where, "key file 2 of 2");
}

TEST(OpenPgpFingerprint, AsPeopleWriteIt) {
  EXPECT_EQ(value_of(normalize_fingerprint("218E 0347 9FE8 0022 3105  FEA6 3190 5DED 3EFD 610A")),
            kStackableFingerprint);
  EXPECT_EQ(value_of(normalize_fingerprint("218e03479fe800223105fea631905ded3efd610a")),
            kStackableFingerprint);
  EXPECT_EQ(value_of(normalize_fingerprint("0x218E03479FE800223105FEA631905DED3EFD610A")),
            kStackableFingerprint);
  for (const char* bad : {"", "31905DED3EFD610A", "218E03479FE800223105FEA631905DED3EFD610A00",
                          "218E03479FE800223105FEA631905DED3EFD610G", "218E:0347:9FE8:0022:3105"})
    EXPECT_FALSE(normalize_fingerprint(bad).ok()) << bad;
}

// --- generated keys ----------------------------------------------------------

TEST(OpenPgpGenerated, SubkeySignsPrimaryIsPinned) {
  auto signer = generate();
  ASSERT_NE(signer, nullptr);
  EXPECT_NE(signer->signing_fingerprint(), signer->fingerprint());
  auto keys = read_public_keys(value_of(signer->public_key()), "generated");
  ASSERT_TRUE(keys.ok());
  EXPECT_EQ(keys->front().expires, "");  // what TestKeyOptions asks by default
  EXPECT_EQ(keys->front().subkey_fingerprints,
            std::vector<std::string>{signer->signing_fingerprint()});
  EXPECT_EQ(keys->front().user_ids.at(0), TestKeyOptions{}.user_id);
  auto v = verifier_for({value_of(signer->public_key())}, {signer->fingerprint()});
  ASSERT_NE(v, nullptr);
  const std::string doc = R"({"document": {"title": "signed here"}})";
  const SignatureResult r = v->verify_detached(doc, value_of(signer->sign(doc)));
  EXPECT_EQ(r.status, SignatureStatus::kValid) << r.message;
  EXPECT_EQ(r.signer_fingerprint, signer->fingerprint());
  EXPECT_EQ(r.key_id, signer->signing_fingerprint().substr(24));
  EXPECT_TRUE(contains(r.message, "subkey " + signer->signing_fingerprint())) << r.message;

  const SignatureResult primary =
      v->verify_detached(doc, value_of(signer->sign(doc, SignOptions{.with_primary = true})));
  EXPECT_EQ(primary.status, SignatureStatus::kValid) << primary.message;
  EXPECT_EQ(primary.key_id, signer->fingerprint().substr(24));

  EXPECT_EQ(v->verify_detached(doc + " ", value_of(signer->sign(doc))).status,
            SignatureStatus::kBadSignature);
}

TEST(OpenPgpGenerated, BinaryKeyPrimaryOnlyAndEmptyData) {
  auto signer = generate(TestKeyOptions{.signing_subkey = false});
  ASSERT_NE(signer, nullptr);
  const std::string binary = value_of(signer->public_key(/*armored=*/false));
  ASSERT_FALSE(binary.empty());
  EXPECT_NE(binary[0], '-');
  auto keys = read_public_keys(binary, "binary");
  ASSERT_TRUE(keys.ok()) << keys.error().to_string();
  EXPECT_EQ(keys->front().fingerprint, signer->fingerprint());
  EXPECT_TRUE(keys->front().subkey_fingerprints.empty());
  auto v = verifier_for({binary}, {signer->fingerprint()});
  ASSERT_NE(v, nullptr);
  const SignatureResult empty = v->verify_detached("", value_of(signer->sign("")));
  EXPECT_EQ(empty.status, SignatureStatus::kValid) << empty.message;
  EXPECT_EQ(v->verify_detached("x", value_of(signer->sign(""))).status,
            SignatureStatus::kBadSignature);
}

TEST(OpenPgpGenerated, ExpiredKey) {
  const std::int64_t now = std::time(nullptr);
  const std::int64_t created = now - 10 * 86400;
  auto signer = generate(TestKeyOptions{.created = created, .expires_after = 86400});
  ASSERT_NE(signer, nullptr);
  const std::string pub = value_of(signer->public_key());
  auto keys = read_public_keys(pub, "expired");
  ASSERT_TRUE(keys.ok());
  EXPECT_FALSE(keys->front().expires.empty());
  EXPECT_LT(keys->front().created, keys->front().expires);

  // Signed while the key was valid; it has expired since.
  const std::string doc = "advisory";
  const std::string sig = value_of(signer->sign(doc, SignOptions{.at = created + 100}));
  ASSERT_FALSE(sig.empty());
  auto v = verifier_for({pub}, {signer->fingerprint()});
  ASSERT_NE(v, nullptr);
  const SignatureResult r = v->verify_detached(doc, sig);
  EXPECT_EQ(r.status, SignatureStatus::kKeyExpiredOrRevoked) << r.message;
  EXPECT_TRUE(contains(r.message, "expired on " + keys->front().expires)) << r.message;
  EXPECT_EQ(r.signer_fingerprint, signer->fingerprint());

  // Signed after it expired: librnp may still sign (it keeps the validity it
  // computed at generation); the verifier must refuse it all the same.
  if (auto late = signer->sign(doc, SignOptions{.at = created + 2 * 86400}); late.ok()) {
    EXPECT_EQ(v->verify_detached(doc, *late).status, SignatureStatus::kKeyExpiredOrRevoked);
  }
}

TEST(OpenPgpGenerated, RevokedKey) {
  auto signer = generate();
  ASSERT_NE(signer, nullptr);
  const std::string doc = "advisory";
  const std::string sig = value_of(signer->sign(doc));
  ASSERT_TRUE(signer->revoke().ok());
  const std::string pub = value_of(signer->public_key());
  auto keys = read_public_keys(pub, "revoked");
  ASSERT_TRUE(keys.ok());
  EXPECT_TRUE(keys->front().revoked);
  auto v = verifier_for({pub}, {signer->fingerprint()});
  ASSERT_NE(v, nullptr);
  const SignatureResult r = v->verify_detached(doc, sig);
  EXPECT_EQ(r.status, SignatureStatus::kKeyExpiredOrRevoked) << r.message;
  EXPECT_TRUE(contains(r.message, "revoked")) << r.message;
  EXPECT_FALSE(signer->sign(doc).ok());
}

TEST(OpenPgpGenerated, ExpiredSignature) {
  const std::int64_t now = std::time(nullptr);
  auto signer = generate(TestKeyOptions{.created = now - 20 * 86400});
  ASSERT_NE(signer, nullptr);
  auto v = verifier_for({value_of(signer->public_key())}, {signer->fingerprint()});
  ASSERT_NE(v, nullptr);
  const SignOptions day_long{.at = now - 10 * 86400, .expires_after = 86400};
  const SignatureResult r = v->verify_detached("x", value_of(signer->sign("x", day_long)));
  EXPECT_EQ(r.status, SignatureStatus::kKeyExpiredOrRevoked) << r.message;
  EXPECT_TRUE(contains(r.message, "has expired")) << r.message;
  // The same, not expiring, is valid: the key itself is fine.
  EXPECT_EQ(v->verify_detached("x", value_of(signer->sign("x", {.at = now - 10 * 86400}))).status,
            SignatureStatus::kValid);
}

TEST(OpenPgpGenerated, SignatureDatedInTheFutureIsBad) {
  auto signer = generate();
  ASSERT_NE(signer, nullptr);
  auto v = verifier_for({value_of(signer->public_key())}, {signer->fingerprint()});
  ASSERT_NE(v, nullptr);
  const std::int64_t later = std::time(nullptr) + 30 * 86400;
  const SignatureResult r = v->verify_detached("x", value_of(signer->sign("x", {.at = later})));
  EXPECT_EQ(r.status, SignatureStatus::kBadSignature) << r.message;
  EXPECT_TRUE(contains(r.message, "in the future")) << r.message;
}

TEST(OpenPgpGenerated, OneValidSignatureAmongSeveralSuffices) {
  auto signer = generate();
  auto stranger = generate();
  ASSERT_NE(signer, nullptr);
  ASSERT_NE(stranger, nullptr);
  auto v = verifier_for({value_of(signer->public_key())}, {signer->fingerprint()});
  ASSERT_NE(v, nullptr);
  const std::string doc = "advisory";
  const std::string good = value_of(signer->sign(doc));
  const std::string unknown = value_of(stranger->sign(doc));
  // As separate armored blocks (`cat a.asc b.asc`), and as one binary
  // stream of two signature packets (what `gpg -u A -u B --detach-sign` makes).
  const std::string good_binary = value_of(signer->sign(doc, {.armored = false}));
  const std::string unknown_binary = value_of(stranger->sign(doc, {.armored = false}));
  for (const std::string& both : {unknown + good, good + unknown, unknown_binary + good_binary,
                                  good_binary + unknown_binary}) {
    const SignatureResult r = v->verify_detached(doc, both);
    EXPECT_EQ(r.status, SignatureStatus::kValid) << r.message;
    EXPECT_EQ(r.signer_fingerprint, signer->fingerprint());
  }
  EXPECT_EQ(v->verify_detached(doc, unknown).status, SignatureStatus::kUnknownKey);
  // A bad signature by the trusted key tells more than an unknown signer.
  const std::string bad = value_of(signer->sign("other"));
  EXPECT_EQ(v->verify_detached(doc, unknown + bad).status, SignatureStatus::kBadSignature);
}

TEST(OpenPgpGenerated, SecretKeysAreRefused) {
  auto signer = generate();
  ASSERT_NE(signer, nullptr);
  const std::string secret = value_of(signer->secret_key());
  ASSERT_TRUE(contains(secret, "PRIVATE KEY"));
  auto keys = read_public_keys(secret, "leaked.asc");
  ASSERT_FALSE(keys.ok());
  EXPECT_EQ(keys.error().where, "leaked.asc");
  EXPECT_TRUE(contains(keys.error().message, "secret key")) << keys.error().message;
  auto v = SignatureVerifier::create({secret}, {signer->fingerprint()});
  ASSERT_FALSE(v.ok());
  EXPECT_TRUE(contains(v.error().message, "secret key")) << v.error().message;
  // Hidden behind a public key in the same file, too.
  auto mixed = read_public_keys(stackable_key() + secret, "mixed.asc");
  ASSERT_FALSE(mixed.ok());
  EXPECT_TRUE(contains(mixed.error().message, "secret key")) << mixed.error().message;
}

// --- hostile input -------------------------------------------------------------

std::string random_bytes(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string out(n, '\0');
  for (char& c : out) c = static_cast<char>(rng());
  return out;
}

TEST(OpenPgpHostile, KeyFilesThatAreNotKeys) {
  const std::string key = stackable_key();
  struct Case {
    std::string name, data, expect;
  } cases[] = {
      {"empty", "", "empty key file"},
      {"garbage", "hello, this is not a key\n", "expected an armored"},
      {"truncated armour", key.substr(0, key.size() / 2), "truncated"},
      {"html", "<html><body>Not found</body></html>", "not a readable OpenPGP key"},
      {"a signature", stackable_documents().at(0).signature, "armored PGP SIGNATURE, not"},
      {"10 MB random", random_bytes(10u << 20, 7), "not a readable OpenPGP key"},
      {"17 MiB", std::string(17u << 20, 'A'), "at most 16 MiB"},
  };
  for (const Case& c : cases) {
    auto keys = read_public_keys(c.data, c.name);
    ASSERT_FALSE(keys.ok()) << c.name;
    EXPECT_EQ(keys.error().where, c.name);
    EXPECT_TRUE(contains(keys.error().message, c.expect)) << c.name << ": " << keys.error().message;
  }
}

TEST(OpenPgpHostile, SignaturesThatAreNotSignatures) {
  auto v = verifier_for({stackable_key()}, {kStackableFingerprint});
  ASSERT_NE(v, nullptr);
  const Signed d = stackable_documents().at(0);
  const std::string cases[] = {
      "",
      "garbage",
      d.signature.substr(0, d.signature.size() / 2),
      d.signature.substr(0, 60),
      stackable_key(),
      d.document,
      random_bytes(10u << 20, 11),
      random_bytes(4096, 12),
      std::string(2u << 20, '-'),
  };
  for (const std::string& sig : cases) {
    const SignatureResult r = v->verify_detached(d.document, sig);
    EXPECT_EQ(r.status, SignatureStatus::kMalformed) << sig.substr(0, 40) << ": " << r.message;
    EXPECT_FALSE(r.message.empty());
  }
  // A 10 MB random document with a real signature is simply not what was signed.
  EXPECT_EQ(v->verify_detached(random_bytes(10u << 20, 13), d.signature).status,
            SignatureStatus::kBadSignature);
}

// --- concurrency and speed ----------------------------------------------------

TEST(OpenPgpVerifier, ConcurrentVerificationsAgree) {
  const auto docs = stackable_documents();
  auto v = verifier_for({stackable_key()}, {kStackableFingerprint});
  ASSERT_NE(v, nullptr);
  std::vector<int> valid(4, 0), bad(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (const Signed& d : docs) {
        valid[t] += v->verify_detached(d.document, d.signature).status == SignatureStatus::kValid;
        bad[t] += v->verify_detached(d.document + "x", d.signature).status ==
                  SignatureStatus::kBadSignature;
      }
    });
  for (auto& t : threads) t.join();
  for (int t = 0; t < 4; ++t) {
    EXPECT_EQ(valid[t], 23);
    EXPECT_EQ(bad[t], 23);
  }
}

// Prints throughput (nothing is asserted on time): the Stackable signatures
// over their real documents, and ed25519 signatures of generated keys over a
// small document, where the fixed cost per verification shows.
TEST(OpenPgpVerifier, ThroughputIsPrinted) {
  using Clock = std::chrono::steady_clock;
  const auto docs = stackable_documents();
  std::size_t bytes = 0;
  for (const Signed& d : docs) bytes += d.document.size();
  auto v = verifier_for({stackable_key()}, {kStackableFingerprint});
  ASSERT_NE(v, nullptr);
  const int rounds = 10;
  int valid = 0;
  auto start = Clock::now();
  for (int i = 0; i < rounds; ++i)
    for (const Signed& d : docs)
      valid += v->verify_detached(d.document, d.signature).status == SignatureStatus::kValid;
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  EXPECT_EQ(valid, rounds * 23);
  std::printf(
      "[ speed    ] stackable: %d signatures (%.1f MB of documents) in %.3f s: %.0f/s, %.0f MB/s\n",
      valid, rounds * bytes / 1e6, seconds, valid / seconds, rounds * bytes / 1e6 / seconds);

  auto signer = generate();
  ASSERT_NE(signer, nullptr);
  auto gv = verifier_for({value_of(signer->public_key())}, {signer->fingerprint()});
  ASSERT_NE(gv, nullptr);
  const std::string doc(2048, 'd');
  const int n = 500;
  start = Clock::now();
  std::vector<std::string> sigs;
  for (int i = 0; i < n; ++i) sigs.push_back(value_of(signer->sign(doc + std::to_string(i))));
  const double sign_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  valid = 0;
  start = Clock::now();
  for (int i = 0; i < n; ++i)
    valid +=
        gv->verify_detached(doc + std::to_string(i), sigs[i]).status == SignatureStatus::kValid;
  seconds = std::chrono::duration<double>(Clock::now() - start).count();
  EXPECT_EQ(valid, n);
  std::printf("[ speed    ] ed25519, 2 KB documents: signed %.0f/s, verified %.0f/s\n",
              n / sign_seconds, n / seconds);
}

// What the sync integration test does with the test signer: every CISA
// document signed again with a generated key, then verified; the original
// CISA signatures stay unknown. Prints both rates (nothing timed is asserted).
TEST(OpenPgpCisa, WholeCorpusResignedWithAGeneratedKeyVerifies) {
  using Clock = std::chrono::steady_clock;
  std::vector<std::string> paths;
  // Documents are the .json files that have a .asc beside them (the ROLIE feeds have none).
  for (const auto& e : fs::recursive_directory_iterator(VT_SHARED_DIR "/corpus/cisa"))
    if (e.is_regular_file() && e.path().extension() == ".json" &&
        fs::exists(e.path().string() + ".asc"))
      paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  ASSERT_EQ(paths.size(), 2383u);
  std::vector<std::string> docs;
  std::size_t bytes = 0;
  for (const auto& p : paths) bytes += docs.emplace_back(slurp(p)).size();

  auto signer = generate();
  ASSERT_NE(signer, nullptr);
  auto start = Clock::now();
  std::vector<std::string> sigs;
  for (const std::string& d : docs) sigs.push_back(value_of(signer->sign(d)));
  const double sign_seconds = std::chrono::duration<double>(Clock::now() - start).count();

  auto v = verifier_for({value_of(signer->public_key())}, {signer->fingerprint()});
  ASSERT_NE(v, nullptr);
  int valid = 0;
  start = Clock::now();
  for (std::size_t i = 0; i < docs.size(); ++i)
    valid += v->verify_detached(docs[i], sigs[i]).status == SignatureStatus::kValid;
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  EXPECT_EQ(valid, 2383);
  EXPECT_EQ(v->verify_detached(docs[0], slurp(paths[0] + ".asc")).status,
            SignatureStatus::kUnknownKey);
  std::printf(
      "[ speed    ] cisa: %zu documents (%.1f MB) signed in %.2f s (%.0f/s), verified in %.2f s "
      "(%.0f/s, %.0f MB/s)\n",
      docs.size(), bytes / 1e6, sign_seconds, docs.size() / sign_seconds, seconds,
      docs.size() / seconds, bytes / 1e6 / seconds);
}

}  // namespace
}  // namespace vt::feeds
