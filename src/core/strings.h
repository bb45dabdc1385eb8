// String helpers for hot paths: building a result with one allocation
// instead of one per `+`, and ASCII case and white space.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace vt {

inline std::string cat(std::initializer_list<std::string_view> parts) {
  std::size_t n = 0;
  for (std::string_view p : parts) n += p.size();
  std::string out;
  out.reserve(n);
  for (std::string_view p : parts) out.append(p);
  return out;
}

// Case and white space in ASCII only, whatever the locale: the formats read
// here (purl, CPE, CSAF's category and algorithm names, HTTP headers) define
// them over ASCII, and std::tolower/std::isspace are a call into the C
// library per byte (9 % of the time validating the vendors' documents in
// ../shared/corpus other than CISA's went to them: purl names, 6.1.31).
constexpr char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
inline void ascii_lower_in_place(std::string& s) {
  for (char& c : s) c = ascii_lower(c);
}
inline std::string ascii_lowered(std::string_view s) {
  std::string out(s);
  ascii_lower_in_place(out);
  return out;
}
// std::isspace in the "C" locale: space, \t, \n, \v, \f, \r.
constexpr bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Equal ignoring ASCII case (header and field names, algorithm names).
constexpr bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

inline constexpr std::string_view kAsciiSpaces = " \t\n\v\f\r";

// `s` without the leading and trailing bytes that are in `chars`. Each
// format says what it trims (RFC 9116 and control files: space and tab;
// os-release also CR), so the set is the caller's.
constexpr std::string_view trimmed(std::string_view s, std::string_view chars = kAsciiSpaces) {
  const std::size_t first = s.find_first_not_of(chars);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(chars) - first + 1);
}

}  // namespace vt
