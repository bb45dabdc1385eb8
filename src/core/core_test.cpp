#include <gtest/gtest.h>

#include "core/file.h"
#include "core/hash.h"
#include "core/result.h"

namespace vt {
namespace {

Result<int> half(int x) {
  if (x % 2) return make_error(ErrorCode::kInvalidInput, "odd number", "x");
  return x / 2;
}

Result<int> quarter(int x) {
  VT_ASSIGN_OR_RETURN(int h, half(x));
  return half(h);
}

TEST(Result, PropagatesErrorsWithTheirPlace) {
  EXPECT_EQ(quarter(8).value(), 2);
  auto r = quarter(6);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "x: odd number");
}

TEST(Hash, KnownDigests) {
  EXPECT_EQ(hex_digest(HashAlgorithm::kSha256, "abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_TRUE(parse_hash_algorithm("SHA-512").ok());
  EXPECT_FALSE(parse_hash_algorithm("crc32").ok());
}

TEST(File, MissingFileNamesThePath) {
  auto r = read_file("/nonexistent/vextriage-test");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().to_string().find("/nonexistent/vextriage-test"), std::string::npos);
}

TEST(File, RefusesOversizedFiles) {
  auto r = read_file(VT_SOURCE_DIR "/CMakeLists.txt", 10);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kLimit);
}

}  // namespace
}  // namespace vt
