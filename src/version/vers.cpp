#include "version/vers.h"

#include <algorithm>
#include <string>

#include "core/strings.h"
#include "version/vers_schemes.h"

namespace vt::version {
namespace {

constexpr std::string_view kMustEncode = "<>=!*|%";

Error non_canonical(const std::string& why) {
  return make_error(ErrorCode::kInvalidInput, "non-canonical VERS: " + why);
}
Error invalid(const std::string& why) { return make_error(ErrorCode::kInvalidInput, "invalid VERS: " + why); }

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Decodes the percent-encoding of one version exactly once. Strict mode
// also rejects lowercase hex and encoded characters that need no encoding.
Result<std::string> decode_version(std::string_view v, std::string_view type, bool strict) {
  std::string out;
  out.reserve(v.size());
  for (size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c != '%') {
      if (kMustEncode.find(c) != std::string_view::npos)
        return non_canonical(std::string("'") + c + "' in a version must be percent-encoded");
      out += c;
      continue;
    }
    if (i + 2 >= v.size() || hex_value(v[i + 1]) < 0 || hex_value(v[i + 2]) < 0)
      return non_canonical("invalid percent-encoding in version");
    const char hi = v[i + 1], lo = v[i + 2];
    const char decoded = static_cast<char>(hex_value(hi) * 16 + hex_value(lo));
    if (strict) {
      if ((hex_value(hi) >= 10 && !is_upper(hi)) || (hex_value(lo) >= 10 && !is_upper(lo)))
        return non_canonical("percent-encoding in version is not canonical");
      if (decoded == ':' && type == "datetime") return non_canonical("datetime time colons must be unencoded");
      if (kMustEncode.find(decoded) == std::string_view::npos)
        return non_canonical(std::string("percent-encoding of '") + decoded + "' in version is not canonical");
    }
    out += decoded;
    i += 2;
  }
  return out;
}

struct Parsed {
  VersRange range;
  VersionOrder order = nullptr;
};

Result<Parsed> parse_syntax(std::string_view text, bool strict) {
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
      return non_canonical("whitespace is not permitted");
    if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
      return invalid("only printable ASCII is allowed");
  }
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos) return invalid("expected 'vers:<type>/<constraints>'");
  const std::string_view scheme = text.substr(0, colon);
  if (ascii_lowered(scheme) != "vers") return invalid("the URI scheme must be 'vers'");
  if (strict && scheme != "vers") return non_canonical("the scheme must be lowercase 'vers'");
  const std::string_view rest = text.substr(colon + 1);
  const size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return invalid("expected '/' after the type");
  const std::string_view type = rest.substr(0, slash);
  if (type.empty() || !is_alpha(type[0])) return invalid("the type must start with an ASCII letter");
  for (char c : type)
    if (!is_alpha(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-')
      return invalid("the type may only hold ASCII letters, digits, '.' and '-'");
  if (strict && ascii_lowered(type) != type) return non_canonical("the type must be lowercase");

  Parsed p;
  p.range.type = ascii_lowered(type);
  VT_ASSIGN_OR_RETURN(p.order, vers_order(p.range.type));

  const std::string_view cs = rest.substr(slash + 1);
  if (cs.empty()) return invalid("the constraints are empty");
  if (cs == "*") {
    p.range.constraints.push_back({Comparator::kAny, ""});
    return p;
  }
  if (cs.front() == '|') return non_canonical("leading pipe is not permitted");
  if (cs.back() == '|') return non_canonical("trailing pipe is not permitted");
  size_t start = 0;
  while (start <= cs.size()) {
    const size_t bar = std::min(cs.find('|', start), cs.size());
    std::string_view c = cs.substr(start, bar - start);
    if (c.empty()) return non_canonical("consecutive pipes are not permitted");
    if (c == "*") return invalid("'*' must be used alone, without any other constraint");
    VersConstraint vc;
    size_t op_len = 2;
    if (c.substr(0, 2) == ">=") vc.comparator = Comparator::kGreaterEqual;
    else if (c.substr(0, 2) == "<=") vc.comparator = Comparator::kLessEqual;
    else if (c.substr(0, 2) == "!=") vc.comparator = Comparator::kNotEqual;
    else if (c[0] == '<' || c[0] == '>') {
      vc.comparator = c[0] == '<' ? Comparator::kLess : Comparator::kGreater;
      op_len = 1;
    } else {
      // An explicit '=' is not canonical (a bare version means equal); the
      // lenient parse drops it, the strict one lets decoding reject it.
      op_len = (c[0] == '=' && !strict) ? 1 : 0;
    }
    c.remove_prefix(op_len);
    if (c.empty()) return invalid("a constraint has an empty version");
    VT_ASSIGN_OR_RETURN(vc.version, decode_version(c, p.range.type, strict));
    if (vc.version.empty()) return invalid("a constraint has an empty version");
    p.range.constraints.push_back(std::move(vc));
    start = bar + 1;
  }
  // Versions are checked by the type's order when compared, not here: a
  // single-version range of any text is well-formed. Datetime's canonical
  // form is the one type-specific spelling rule of the spec's tests.
  if (strict && p.range.type == "datetime")
    for (const VersConstraint& c : p.range.constraints)
      if (c.version.find_first_of("tz") != std::string::npos)
        return non_canonical("datetime must use uppercase T and Z");
  return p;
}

bool is_less(Comparator c) { return c == Comparator::kLess || c == Comparator::kLessEqual; }
bool is_greater(Comparator c) { return c == Comparator::kGreater || c == Comparator::kGreaterEqual; }

Status check_rules(const VersRange& range, VersionOrder order) {
  const auto& cs = range.constraints;
  for (size_t i = 0; i < cs.size(); ++i) {
    if (cs[i].comparator == Comparator::kAny && cs.size() > 1)
      return invalid("'*' must be used alone, without any other constraint");
    if (i == 0) continue;
    VT_ASSIGN_OR_RETURN(int r, order(cs[i - 1].version, cs[i].version));
    if (r == 0) return non_canonical("duplicate version '" + cs[i].version + "'");
    if (r > 0) return non_canonical("constraints are not sorted by version");
  }
  // '=' may only be followed by '=', '>' or '>=' (ignoring '!=').
  const VersConstraint* prev = nullptr;
  for (const VersConstraint& c : cs) {
    if (c.comparator == Comparator::kNotEqual) continue;
    if (prev && prev->comparator == Comparator::kEqual && is_less(c.comparator))
      return invalid("'=" + prev->version + "' cannot be followed by '" + to_string(c.comparator) + c.version + "'");
    prev = &c;
  }
  // '<'/'<=' and '>'/'>=' alternate (ignoring '=' and '!=').
  prev = nullptr;
  for (const VersConstraint& c : cs) {
    if (!is_less(c.comparator) && !is_greater(c.comparator)) continue;
    if (prev && is_less(prev->comparator) == is_less(c.comparator))
      return invalid(std::string("'") + to_string(prev->comparator) + prev->version + "' and '" +
                     to_string(c.comparator) + c.version + "' are redundant: '<' and '>' constraints must alternate");
    prev = &c;
  }
  return {};
}

}  // namespace

const char* to_string(Comparator c) {
  switch (c) {
    case Comparator::kEqual: return "=";
    case Comparator::kNotEqual: return "!=";
    case Comparator::kLess: return "<";
    case Comparator::kLessEqual: return "<=";
    case Comparator::kGreater: return ">";
    case Comparator::kGreaterEqual: return ">=";
    case Comparator::kAny: return "*";
  }
  return "?";
}

Result<VersRange> parse_vers(std::string_view text) {
  VT_ASSIGN_OR_RETURN(Parsed p, parse_syntax(text, true));
  VT_TRY(check_rules(p.range, p.order));
  return std::move(p.range);
}

Result<VersRange> normalize_vers(std::string_view text) {
  VT_ASSIGN_OR_RETURN(Parsed p, parse_syntax(text, false));
  auto& cs = p.range.constraints;
  if (cs.size() > 1) {
    for (const auto& c : cs)
      if (c.comparator == Comparator::kAny) return invalid("'*' must be used alone, without any other constraint");
  }
  // Insertion sort: stable, stops at the first version the order rejects,
  // and ranges are short.
  for (size_t i = 1; i < cs.size(); ++i) {
    size_t j = i;
    while (j > 0) {
      VT_ASSIGN_OR_RETURN(int r, p.order(cs[j - 1].version, cs[j].version));
      if (r <= 0) break;
      std::swap(cs[j - 1], cs[j]);
      --j;
    }
  }
  return std::move(p.range);
}

Status validate_vers(const VersRange& range) {
  VT_ASSIGN_OR_RETURN(VersionOrder order, vers_order(range.type));
  if (range.constraints.empty()) return invalid("the constraints are empty");
  for (const VersConstraint& c : range.constraints)
    if (c.comparator != Comparator::kAny && c.version.empty()) return invalid("a constraint has an empty version");
  return check_rules(range, order);
}

std::string to_string(const VersRange& range) {
  std::string out = "vers:" + range.type + "/";
  static const char kHex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < range.constraints.size(); ++i) {
    const VersConstraint& c = range.constraints[i];
    if (i) out += '|';
    if (c.comparator == Comparator::kAny) {
      out += '*';
      continue;
    }
    if (c.comparator != Comparator::kEqual) out += to_string(c.comparator);
    for (char ch : c.version) {
      const unsigned char u = static_cast<unsigned char>(ch);
      // The reserved characters, and any byte a lenient parse decoded that
      // is not printable ASCII, so the text always parses back.
      if (kMustEncode.find(ch) != std::string_view::npos || u < 0x21 || u > 0x7e) {
        out += '%';
        out += kHex[(static_cast<unsigned char>(ch) >> 4) & 15];
        out += kHex[static_cast<unsigned char>(ch) & 15];
      } else {
        out += ch;
      }
    }
  }
  return out;
}

Result<bool> contains(const VersRange& range, std::string_view version) {
  VT_ASSIGN_OR_RETURN(VersionOrder order, vers_order(range.type));
  VT_TRY(order(version, version));
  const auto& cs = range.constraints;
  if (cs.size() == 1 && cs[0].comparator == Comparator::kAny) return true;

  std::vector<std::pair<Comparator, int>> bounds;  // comparator, sign of version vs bound
  bool only_exclusions = true;
  for (const VersConstraint& c : cs) {
    if (c.comparator == Comparator::kAny) return invalid("'*' must be used alone, without any other constraint");
    VT_ASSIGN_OR_RETURN(int r, order(version, c.version));
    if (r == 0) {
      if (c.comparator == Comparator::kNotEqual) return false;
      if (c.comparator != Comparator::kLess && c.comparator != Comparator::kGreater) return true;
    }
    if (c.comparator != Comparator::kNotEqual) only_exclusions = false;
    if (is_less(c.comparator) || is_greater(c.comparator)) bounds.emplace_back(c.comparator, r);
  }
  // A range of '!=' constraints alone means every other version (the spec's
  // procedure is silent here; an empty range would make them useless).
  if (only_exclusions) return true;
  if (bounds.empty()) return false;
  if (bounds.size() == 1) return is_less(bounds[0].first) ? bounds[0].second < 0 : bounds[0].second > 0;
  for (size_t i = 0; i + 1 < bounds.size(); ++i) {
    const auto& [cur, cur_sign] = bounds[i];
    const auto& [next, next_sign] = bounds[i + 1];
    if (i == 0 && is_less(cur) && cur_sign < 0) return true;
    if (i + 2 == bounds.size() && is_greater(next) && next_sign > 0) return true;
    if (is_greater(cur) && is_less(next) && cur_sign > 0 && next_sign < 0) return true;
  }
  return false;
}

}  // namespace vt::version
