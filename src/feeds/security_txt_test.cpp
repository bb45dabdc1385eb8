// CSAF: fields of security.txt: Stackable's real file, the spec's examples,
// case, comments, CRLF, and PGP cleartext-signed files (only signed lines
// count, dash-escaping undone).
#include "feeds/security_txt.h"

#include <gtest/gtest.h>

#include "core/file.h"

namespace vt::feeds {
namespace {

using Urls = std::vector<std::string>;

TEST(SecurityTxt, StackableNamesItsProviderMetadata) {
  auto text = read_file(VT_SHARED_DIR "/corpus/signed-stackable/.well-known/security.txt");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(csaf_urls_from_security_txt(*text),
            Urls{"https://advisories.stackable.tech/.well-known/csaf/provider-metadata.json"});
}

TEST(SecurityTxt, EveryCsafFieldInOrderWhateverItsCase) {
  const std::string text =
      "\xEF\xBB\xBF# Our security contacts\r\n"
      "Contact: mailto:security@example.com\r\n"
      "CSAF: https://www.example.com/.well-known/csaf/provider-metadata.json\r\n"
      "# CSAF: https://commented.example/provider-metadata.json\r\n"
      "csaf:https://domain.tld/security/csaf/provider-metadata.json   \r\n"
      "Csaf :  https://psirt.domain.tld/advisories/csaf/provider-metadata.json\r\n"
      "CSAF:\r\n"
      "CSAFX: https://not-a-field.example/provider-metadata.json\r\n"
      "Policy: https://example.com/CSAF: no\r\n"
      "CSAF: http://insecure.example/provider-metadata.json";
  EXPECT_EQ(csaf_urls_from_security_txt(text),
            (Urls{"https://www.example.com/.well-known/csaf/provider-metadata.json",
                  "https://domain.tld/security/csaf/provider-metadata.json",
                  "https://psirt.domain.tld/advisories/csaf/provider-metadata.json",
                  "http://insecure.example/provider-metadata.json"}));
  EXPECT_TRUE(csaf_urls_from_security_txt("").empty());
  EXPECT_TRUE(csaf_urls_from_security_txt("Contact: a@b\n").empty());
}

TEST(SecurityTxt, OnlyTheSignedLinesOfACleartextSignedFileCount) {
  const std::string text =
      "CSAF: https://unsigned-before.example/provider-metadata.json\n"
      "-----BEGIN PGP SIGNED MESSAGE-----\n"
      "Hash: SHA512\n"
      "\n"
      "Contact: mailto:security@example.com\n"
      "CSAF: https://signed.example/.well-known/csaf/provider-metadata.json\n"
      "- CSAF: https://dash-escaped.example/provider-metadata.json\n"
      "Expires: 2030-01-01T00:00:00.000Z\n"
      "-----BEGIN PGP SIGNATURE-----\n"
      "\n"
      "iQIzBAEBCgAdFiEEExampleSignatureBytesWithoutColons+/=\n"
      "=abcd\n"
      "-----END PGP SIGNATURE-----\n"
      "CSAF: https://unsigned-after.example/provider-metadata.json\n";
  EXPECT_EQ(csaf_urls_from_security_txt(text),
            (Urls{"https://signed.example/.well-known/csaf/provider-metadata.json",
                  "https://dash-escaped.example/provider-metadata.json"}));
  // The armor header line is not a field even if it looks like one.
  EXPECT_TRUE(csaf_urls_from_security_txt("-----BEGIN PGP SIGNED MESSAGE-----\r\n"
                                          "CSAF: https://header.example/provider-metadata.json\r\n"
                                          "\r\n"
                                          "Contact: a@b\r\n"
                                          "-----BEGIN PGP SIGNATURE-----\r\n")
                  .empty());
}

}  // namespace
}  // namespace vt::feeds
