#include "feeds/security_txt.h"
#include "core/strings.h"

namespace vt::feeds {
namespace {

constexpr std::string_view kBlanks = " \t";  // RFC 9116 (ABNF of RFC 5234): WSP

std::vector<std::string_view> split_lines(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t end = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return lines;
}

constexpr std::string_view kSignedBegin = "-----BEGIN PGP SIGNED MESSAGE-----";
constexpr std::string_view kSignatureBegin = "-----BEGIN PGP SIGNATURE-----";

// The lines that carry fields: all of them for a plain file; for a cleartext
// signed one (RFC 4880 section 7), those between the armor headers' blank
// line and the signature, with "- " dash-escaping removed.
std::vector<std::string_view> content_lines(const std::vector<std::string_view>& lines) {
  std::size_t begin = 0;
  while (begin < lines.size() && trimmed(lines[begin], kBlanks) != kSignedBegin) ++begin;
  if (begin == lines.size()) return lines;
  std::size_t i = begin + 1;
  while (i < lines.size() && !trimmed(lines[i], kBlanks).empty())
    ++i;  // armor headers ("Hash: SHA512")
  std::vector<std::string_view> out;
  for (++i; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (trimmed(line, kBlanks) == kSignatureBegin) break;
    if (line.starts_with("- ")) line.remove_prefix(2);
    out.push_back(line);
  }
  return out;
}

}  // namespace

std::vector<std::string> csaf_urls_from_security_txt(std::string_view text) {
  std::vector<std::string> urls;
  for (std::string_view line : content_lines(split_lines(text))) {
    line = trimmed(line, kBlanks);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    if (!ascii_iequals(trimmed(line.substr(0, colon), kBlanks), "csaf")) continue;
    const std::string_view value = trimmed(line.substr(colon + 1), kBlanks);
    if (!value.empty()) urls.emplace_back(value);
  }
  return urls;
}

}  // namespace vt::feeds
