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

TEST(File, ReadIntoReusesTheBufferAndKeepsThePadding) {
  const std::string path = VT_SOURCE_DIR "/CMakeLists.txt";
  auto whole = read_file(path);
  ASSERT_TRUE(whole.ok());
  std::string buffer;
  auto size = read_file_into(path, buffer, 1 << 20, 64);
  ASSERT_TRUE(size.ok()) << size.error().to_string();
  EXPECT_EQ(*size, whole->size());
  EXPECT_GE(buffer.size(), *size + 64);
  EXPECT_EQ(buffer.substr(0, *size), *whole);
  // A larger buffer is reused as it is: the text first, older bytes after.
  buffer.assign(whole->size() + 1000, 'x');
  const char* memory = buffer.data();
  size = read_file_into(path, buffer, 1 << 20, 64);
  ASSERT_TRUE(size.ok());
  EXPECT_EQ(buffer.data(), memory);
  EXPECT_EQ(buffer.substr(0, *size), *whole);
  EXPECT_EQ(buffer.back(), 'x');
  // read_file() keeps the extra capacity past the content.
  auto padded = read_file(path, 1 << 20, 64);
  ASSERT_TRUE(padded.ok());
  EXPECT_EQ(*padded, *whole);
  EXPECT_GE(padded->capacity(), padded->size() + 64);
}

TEST(File, ReadIntoRefusesDirectoriesAndOversizedFiles) {
  std::string buffer = "kept";
  auto dir = read_file_into(VT_SOURCE_DIR, buffer, 1 << 20, 64);
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.error().to_string().find("is a directory"), std::string::npos);
  auto big = read_file_into(VT_SOURCE_DIR "/CMakeLists.txt", buffer, 10, 64);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, ErrorCode::kLimit);
  EXPECT_EQ(buffer, "kept");  // untouched on failure
}

TEST(File, RefusesOversizedFiles) {
  auto r = read_file(VT_SOURCE_DIR "/CMakeLists.txt", 10);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kLimit);
}

}  // namespace
}  // namespace vt
