#include "version/vers_native.h"

#include <utility>

#include "version/compare.h"
#include "version/vers_native_parts.h"
#include "version/vers_schemes.h"

namespace vt::version {
namespace native {

Error Input::error(size_t offset, const std::string& what) const {
  return make_error(ErrorCode::kInvalidInput,
                    std::string(scheme) + " range '" + std::string(text) + "' at offset " +
                        std::to_string(offset) + ": " + what,
                    std::string(scheme) + " range, offset " + std::to_string(offset));
}

Error Input::unsupported(size_t offset, const std::string& what) const {
  Error e = error(offset, what);
  e.code = ErrorCode::kUnsupported;
  return e;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

Piece trim(Piece p) {
  while (!p.text.empty() && is_space(p.text.front())) {
    p.text.remove_prefix(1);
    ++p.offset;
  }
  while (!p.text.empty() && is_space(p.text.back())) p.text.remove_suffix(1);
  return p;
}

std::vector<Piece> split(Piece p, std::string_view sep) {
  std::vector<Piece> out;
  size_t start = 0;
  for (;;) {
    const size_t at = p.text.find(sep, start);
    if (at == std::string_view::npos) break;
    out.push_back({p.text.substr(start, at - start), p.offset + start});
    start = at + sep.size();
  }
  out.push_back({p.text.substr(start), p.offset + start});
  return out;
}

std::vector<Piece> words(Piece p) {
  std::vector<Piece> out;
  size_t i = 0;
  bool join = false;  // the previous word was a bare operator
  while (i < p.text.size()) {
    if (is_space(p.text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < p.text.size() && !is_space(p.text[j])) ++j;
    if (join) {
      Piece& last = out.back();
      last.text = p.text.substr(last.offset - p.offset, j - (last.offset - p.offset));
    } else {
      out.push_back({p.text.substr(i, j - i), p.offset + i});
    }
    const std::string_view w = p.text.substr(i, j - i);
    join = !join && w.find_first_not_of("<>=~^!") == std::string_view::npos;
    i = j;
  }
  return out;
}

std::string increment(std::string_view digits) {
  std::string s(digits);
  size_t i = s.size();
  while (i > 0) {
    --i;
    if (s[i] != '9') {
      ++s[i];
      return s;
    }
    s[i] = '0';
  }
  return "1" + s;
}

VersConstraint make(Comparator c, std::string version) {
  return VersConstraint{c, std::move(version)};
}

}  // namespace native

namespace {

Result<int> nginx_order(std::string_view a, std::string_view b) {
  return compare(Scheme::kGeneric, a, b);
}

// Sorts and prints through the canonical normaliser when the type has a
// vers ordering; gem and nginx have none registered in vers_schemes yet, so
// they are sorted here with their own (by version, then comparator text).
Result<std::string> canonical(const native::Input& in, native::Constraints cs) {
  if (cs.empty()) return in.error(0, "no constraint in the range");
  VersRange range{std::string(in.scheme), std::move(cs)};
  if (auto order = vers_order(range.type); order.ok()) {
    // Each version must be one the type's order accepts, not only those
    // that happen to be compared while sorting.
    for (const VersConstraint& c : range.constraints) {
      if (c.comparator == Comparator::kAny) continue;
      auto valid = (*order)(c.version, c.version);
      if (!valid.ok())
        return in.error(0, "'" + c.version + "' is not a valid " + range.type +
                               " version: " + valid.error().message);
    }
    auto sorted = normalize_vers(to_string(range));
    if (!sorted.ok())  // e.g. a version the type's order rejects
      return in.error(0, "the converted range is not a valid " + range.type +
                             " vers: " + sorted.error().message);
    return to_string(*sorted);
  }
  const VersionOrder order = range.type == "gem" ? native::gem_compare : nginx_order;
  auto& v = range.constraints;
  for (size_t i = 1; i < v.size(); ++i)
    for (size_t j = i; j > 0; --j) {
      if (v[j - 1].comparator == Comparator::kAny || v[j].comparator == Comparator::kAny) break;
      auto ordered = order(v[j - 1].version, v[j].version);
      if (!ordered.ok())
        return in.error(0, "cannot order the versions: " + ordered.error().message);
      int r = *ordered;
      // Equal versions: "<" before ">=" keeps "<1.5.0|>=1.5.0" alternating.
      if (r == 0)
        r = std::string_view(to_string(v[j - 1].comparator)).compare(to_string(v[j].comparator));
      if (r <= 0) break;
      std::swap(v[j - 1], v[j]);
    }
  return to_string(range);
}

struct Converter {
  std::string_view scheme;
  Result<native::Constraints> (*convert)(const native::Input&);
};

constexpr Converter kConverters[] = {
    {"npm", native::npm_range},         {"conan", native::conan_range},
    {"pypi", native::pypi_range},       {"gem", native::gem_range},
    {"nuget", native::nuget_range},     {"nginx", native::nginx_range},
    {"openssl", native::openssl_range},
};

}  // namespace

Result<std::string> vers_from_native(std::string_view scheme, std::string_view native_range) {
  for (const Converter& c : kConverters) {
    if (c.scheme != scheme) continue;
    const native::Input in{c.scheme, native_range};
    VT_ASSIGN_OR_RETURN(native::Constraints cs, c.convert(in));
    return canonical(in, std::move(cs));
  }
  std::string names;
  for (const Converter& c : kConverters)
    names += (names.empty() ? "" : ", ") + std::string(c.scheme);
  return make_error(
      ErrorCode::kUnsupported,
      "no native range syntax for scheme '" + std::string(scheme) + "'; supported: " + names,
      "scheme");
}

}  // namespace vt::version
