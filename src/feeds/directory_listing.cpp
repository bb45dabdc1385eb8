#include "feeds/directory_listing.h"

#include <algorithm>

#include "core/rfc3339.h"
#include "core/strings.h"

namespace vt::feeds {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kMaxPathBytes = 1024;

// Listed text goes into error messages: control bytes are shown escaped and
// long values cut, so a hostile list cannot forge or flood a report.
std::string printable(std::string_view s) {
  constexpr std::size_t kMax = 200;
  std::string out;
  for (std::size_t i = 0; i < s.size() && i < kMax; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7f) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  if (s.size() > kMax) out += "...";
  return out;
}

constexpr std::string_view kBlanks = " \t";  // what a line of a listing is trimmed of

// Walks the lines of a list: strips a leading byte order mark and each
// line's CR, and counts lines from 1 for messages.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {
    if (text_.starts_with(kBom)) text_.remove_prefix(kBom.size());
  }
  bool next(std::string_view& line) {
    if (pos_ >= text_.size()) return false;
    const std::size_t end = text_.find('\n', pos_);
    const std::size_t stop = end == std::string_view::npos ? text_.size() : end;
    line = text_.substr(pos_, stop - pos_);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos_ = stop + 1;
    ++number_;
    return true;
  }
  std::size_t number() const { return number_; }
  std::size_t count_upper_bound() const {
    return static_cast<std::size_t>(std::count(text_.begin(), text_.end(), '\n')) + 1;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t number_ = 0;
};

Error at_line(const std::string& where, std::size_t line, std::string message) {
  return make_error(ErrorCode::kInvalidInput, std::move(message),
                    where + ":" + std::to_string(line));
}

// A provider that answers a missing list with a success status and its HTML
// error page must not have that page read as a list of paths.
bool looks_like_html(std::string_view first_line) {
  return trimmed(first_line, kBlanks).starts_with('<');
}

// Splits one changes.csv line into fields (RFC 4180 quoting, no line breaks
// inside quotes: paths and dates never hold one). Returns an error message,
// empty on success.
std::string split_csv(std::string_view line, std::vector<std::string>& fields) {
  fields.clear();
  std::size_t pos = 0;
  const std::size_t n = line.size();
  for (;;) {
    while (pos < n && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
    if (pos < n && line[pos] == '"') {
      std::string field;
      ++pos;
      for (;;) {
        const std::size_t quote = line.find('"', pos);
        if (quote == std::string_view::npos) return "a quoted field is not closed";
        field.append(line.substr(pos, quote - pos));
        pos = quote + 1;
        if (pos < n && line[pos] == '"') {  // "" stands for one quote
          field += '"';
          ++pos;
          continue;
        }
        break;
      }
      fields.push_back(std::move(field));
      while (pos < n && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
      if (pos == n) return {};
      if (line[pos] != ',') return "expected a comma after a quoted field";
      ++pos;
      continue;
    }
    const std::size_t comma = line.find(',', pos);
    const std::string_view field = trimmed(
        line.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos),
        kBlanks);
    if (field.find('"') != std::string_view::npos) return "a quote inside an unquoted field";
    fields.emplace_back(field);
    if (comma == std::string_view::npos) return {};
    pos = comma + 1;
  }
}

bool is_year(std::string_view s) {
  return s.size() == 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool allowed_path_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-' || c == '+' || c == '~' || c == '/';
}

}  // namespace

Result<std::vector<ChangeEntry>> parse_changes_csv(std::string_view text,
                                                   const std::string& where) {
  Lines lines(text);
  std::vector<ChangeEntry> out;
  out.reserve(lines.count_upper_bound());
  std::vector<std::string> fields;
  std::string_view line;
  bool first = true;
  while (lines.next(line)) {
    if (trimmed(line, kBlanks).empty()) continue;
    if (first && looks_like_html(line))
      return at_line(where, lines.number(), "an HTML page, not a changes.csv list");
    first = false;
    if (std::string problem = split_csv(line, fields); !problem.empty())
      return at_line(where, lines.number(), problem + " (expected \"path\",\"date-time\")");
    if (fields.size() != 2)
      return at_line(where, lines.number(),
                     "expected two fields (path, date-time), found " +
                         std::to_string(fields.size()) + " in \"" + printable(line) + "\"");
    if (fields[0].empty()) return at_line(where, lines.number(), "the path is empty");
    if (!parse_rfc3339(fields[1]))
      return at_line(where, lines.number(),
                     "\"" + printable(fields[1]) +
                         "\" is not an RFC 3339 date-time (expected e.g. 2024-05-01T10:00:00Z)");
    out.push_back(ChangeEntry{std::move(fields[0]), std::move(fields[1])});
  }
  return out;
}

Result<std::vector<std::string>> parse_index_txt(std::string_view text, const std::string& where) {
  Lines lines(text);
  std::vector<std::string> out;
  out.reserve(lines.count_upper_bound());
  std::string_view line;
  bool first = true;
  while (lines.next(line)) {
    const std::string_view path = trimmed(line, kBlanks);
    if (path.empty()) continue;
    if (first && looks_like_html(path))
      return at_line(where, lines.number(), "an HTML page, not an index.txt list");
    first = false;
    for (char c : path) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7f)
        return at_line(
            where, lines.number(),
            "a control character in \"" + printable(path) + "\" (expected one path a line)");
    }
    out.emplace_back(path);
  }
  return out;
}

Result<std::string> directory_relative_path(std::string_view listed, const std::string& where) {
  auto refuse = [&](std::string why) {
    return make_error(ErrorCode::kInvalidInput,
                      "the listed path \"" + printable(listed) + "\" is refused: " + why, where);
  };
  if (listed.empty()) return refuse("it is empty");
  if (listed.size() > kMaxPathBytes)
    return make_error(ErrorCode::kLimit,
                      "a listed path of " + std::to_string(listed.size()) + " bytes (at most " +
                          std::to_string(kMaxPathBytes) + " accepted)",
                      where);
  // The specific dangers first, so the message says what the path tried.
  if (listed.find('\0') != std::string_view::npos) return refuse("it contains a NUL byte");
  if (listed.find('\\') != std::string_view::npos) return refuse("it contains a backslash");
  if (listed.find(':') != std::string_view::npos)
    return refuse("it names a scheme or host (':'); expected a path relative to the directory URL");
  if (listed.front() == '/')
    return refuse("it is absolute; expected a path relative to the directory URL");
  for (char c : listed)
    if (!allowed_path_char(c))
      return refuse(std::string("the character '") + printable(std::string_view(&c, 1)) +
                    "' (expected letters, digits, '.', '_', '-', '+', '~' and '/')");

  std::vector<std::string_view> segments;
  std::size_t pos = 0;
  for (;;) {
    const std::size_t slash = listed.find('/', pos);
    const std::string_view seg =
        listed.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos);
    if (seg.empty()) return refuse("an empty segment ('//' or a trailing '/')");
    if (seg == "..") return refuse("a '..' segment");
    if (seg == ".") return refuse("a '.' segment");
    segments.push_back(seg);
    if (slash == std::string_view::npos) break;
    pos = slash + 1;
  }
  const std::string_view name = segments.back();
  if (!name.ends_with(".json") || name.size() == 5)
    return refuse("expected a CSAF document name ending in .json");
  if (segments.size() >= 2 && is_year(segments[segments.size() - 2]))
    return std::string(segments[segments.size() - 2]) + "/" + std::string(name);
  return std::string(listed);
}

}  // namespace vt::feeds
