// Package URL API beyond the suite: typed qualifier access, building from
// components, and round trips of purls as CSAF documents write them.
#include <gtest/gtest.h>

#include "version/purl.h"

namespace vt::version {
namespace {

TEST(Purl, QualifierAccessors) {
  auto p = parse_purl("pkg:rpm/redhat/openssl@3.0.7-27.el9?arch=x86_64&epoch=1&distro=rhel-9.4&upstream=openssl-3.0.7-27.el9.src.rpm");
  ASSERT_TRUE(p.ok()) << p.error().to_string();
  EXPECT_EQ(p->arch(), "x86_64");
  EXPECT_EQ(p->epoch(), "1");
  EXPECT_EQ(p->distro(), "rhel-9.4");
  EXPECT_EQ(p->upstream(), "openssl-3.0.7-27.el9.src.rpm");
  EXPECT_FALSE(p->repository_url());
  auto m = parse_purl("pkg:maven/org.apache/commons@1.0?repository_url=https%3A%2F%2Frepo.example%2Fm2");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->repository_url(), "https://repo.example/m2");
}

TEST(Purl, KeysAreCaseInsensitiveAndSorted) {
  auto p = parse_purl("pkg:deb/debian/curl@7.88.1?Distro=bookworm&ARCH=amd64");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->qualifiers.size(), 2u);
  EXPECT_EQ(p->qualifiers[0].first, "arch");
  EXPECT_EQ(p->to_string(), "pkg:deb/debian/curl@7.88.1?arch=amd64&distro=bookworm");
}

TEST(Purl, BuildNormalisesAndChecks) {
  Purl c;
  c.type = "PyPI";
  c.name = "Django_Rest";
  c.version = "1.0";
  c.qualifiers = {{"b", "2"}, {"A", "1"}, {"empty", ""}};
  auto p = build_purl(c);
  ASSERT_TRUE(p.ok()) << p.error().to_string();
  EXPECT_EQ(p->to_string(), "pkg:pypi/django-rest@1.0?a=1&b=2");

  Purl no_ns;
  no_ns.type = "deb";
  no_ns.name = "curl";
  EXPECT_FALSE(build_purl(no_ns).ok());  // deb needs the distribution as namespace

  Purl twice;
  twice.type = "npm";
  twice.name = "x";
  twice.qualifiers = {{"k", "1"}, {"K", "2"}};
  EXPECT_FALSE(build_purl(twice).ok());
}

TEST(Purl, RoundTripsAwkwardComponents) {
  Purl c;
  c.type = "generic";
  c.namespace_ = "a b/c@d";
  c.name = "n?m#e%";
  c.version = "1.0+build@x";
  c.qualifiers = {{"download_url", "https://x.example/a?b=c&d=e#f"}};
  c.subpath = "dir/file name";
  auto p = build_purl(c);
  ASSERT_TRUE(p.ok()) << p.error().to_string();
  auto again = parse_purl(p->to_string());
  ASSERT_TRUE(again.ok()) << p->to_string();
  EXPECT_EQ(*again, *p) << p->to_string();
}

TEST(Purl, Rejects) {
  for (const char* bad : {"", "pkg:", "pkg:npm", "pkg:npm/", "http:npm/x", "pkg:1abc/x", "pkg:npm/x?=v",
                          "pkg:npm/x?a=1&a=2", "pkg:npm/x@1%G0", "pkg:maven/name-only"})
    EXPECT_FALSE(parse_purl(bad).ok()) << bad;
}

}  // namespace
}  // namespace vt::version
