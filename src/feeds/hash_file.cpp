#include "feeds/hash_file.h"

namespace vt::feeds {
namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  return true;
}

}  // namespace

Result<HashFile> parse_hash_file(std::string_view text, std::size_t digest_hex_chars,
                                 const std::string& where) {
  auto invalid = [&](std::string message) {
    return make_error(ErrorCode::kInvalidInput, std::move(message), where);
  };
  if (digest_hex_chars == 0 || digest_hex_chars % 2 != 0)
    return make_error(ErrorCode::kInternal,
                      "a digest length of " + std::to_string(digest_hex_chars) + " hex digits",
                      where);
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t newline = text.find('\n');
  std::string_view line = text.substr(0, newline);
  if (newline != std::string_view::npos && !is_blank(text.substr(newline + 1)))
    return invalid("more than one line (expected one digest and at most a file name)");
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

  std::size_t hex = 0;
  while (hex < line.size() && is_hex(line[hex])) ++hex;
  if (hex == 0)
    return invalid(line.starts_with('<') ? "an HTML page, not a hash file"
                                         : "expected the file to start with a hex digest");
  if (hex != digest_hex_chars)
    return invalid("a digest of " + std::to_string(hex) + " hex digits (expected " +
                   std::to_string(digest_hex_chars) + ")");
  HashFile out;
  out.hex_digest.reserve(hex);
  for (std::size_t i = 0; i < hex; ++i) {
    const char c = line[i];
    out.hex_digest += (c >= 'A' && c <= 'F') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view rest = line.substr(hex);
  if (rest.empty()) return out;
  if (rest.front() != ' ' && rest.front() != '\t')
    return invalid("expected a space between the digest and the file name");
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  if (!rest.empty() && rest.front() == '*') rest.remove_prefix(1);  // sha256sum --binary
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
  for (char c : rest)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      return invalid("a control character in the file name");
  out.file_name = std::string(rest);
  return out;
}

bool hash_file_names(const HashFile& hash, std::string_view document_path) {
  if (hash.file_name.empty()) return true;
  if (hash.file_name == document_path || hash.file_name == base_name(document_path)) return true;
  // "2026/a.json" written for a document listed with a longer prefix.
  return document_path.size() > hash.file_name.size() && document_path.ends_with(hash.file_name) &&
         document_path[document_path.size() - hash.file_name.size() - 1] == '/';
}

}  // namespace vt::feeds
