#include "version/cpe.h"

#include <cctype>

#include "version/cpe_value.h"

namespace vt::version {
namespace cpe_detail {

bool tokenize(std::string_view s, std::vector<Token>& out) {
  out.clear();
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c < 0x21 || c > 0x7e) return false;
    if (c == '\\') {
      if (i + 1 >= s.size() || s[i + 1] < 0x21 || s[i + 1] > 0x7e) return false;
      out.push_back({Token::Kind::kChar, s[++i]});
    } else if (c == '*') {
      out.push_back({Token::Kind::kStar, 0});
    } else if (c == '?') {
      out.push_back({Token::Kind::kQuestion, 0});
    } else {
      out.push_back({Token::Kind::kChar, c});
    }
  }
  return true;
}

bool shape_of(const std::vector<Token>& t, Shape& out) {
  out = Shape{};
  std::size_t b = 0, e = t.size();
  if (b < e && t[b].kind == Token::Kind::kStar) {
    out.lead = Shape::Edge::kStar;
    ++b;
  } else {
    while (b < e && t[b].kind == Token::Kind::kQuestion) ++b;
    out.lead_count = b;
    if (b) out.lead = Shape::Edge::kQuestions;
  }
  if (b == e) {  // nothing but wildcards: only a run of `?` is a value
    out.body_begin = out.body_end = b;
    return out.lead == Shape::Edge::kQuestions;
  }
  if (t[e - 1].kind == Token::Kind::kStar) {
    out.trail = Shape::Edge::kStar;
    --e;
  } else {
    while (e > b && t[e - 1].kind == Token::Kind::kQuestion) --e;
    out.trail_count = t.size() - e;
    if (out.trail_count) out.trail = Shape::Edge::kQuestions;
  }
  if (b == e) return false;  // "*?" and the like: wildcards with no body
  for (std::size_t i = b; i < e; ++i)
    if (t[i].kind != Token::Kind::kChar) return false;
  out.body_begin = b;
  out.body_end = e;
  return true;
}

}  // namespace cpe_detail

namespace {

constexpr std::string_view kNames[kCpeAttributeCount] = {
    "part", "vendor", "product", "version", "update", "edition",
    "language", "sw_edition", "target_sw", "target_hw", "other",
};

Error bad(std::string message, std::string_view text) {
  return make_error(ErrorCode::kInvalidInput, std::move(message) + " in \"" + std::string(text) + "\"");
}

}  // namespace

std::string_view attribute_name(CpeAttribute a) { return kNames[static_cast<std::size_t>(a)]; }

bool CpeValue::has_wildcards() const {
  if (kind != Kind::kString) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\') ++i;
    else if (text[i] == '*' || text[i] == '?') return true;
  }
  return false;
}

Result<CpeValue> make_cpe_value(std::string_view text) {
  using cpe_detail::Token;
  std::vector<Token> tokens;
  if (text.empty()) return bad("an empty CPE attribute value (ANY is written ANY)", text);
  if (!cpe_detail::tokenize(text, tokens))
    return bad("a CPE attribute value has a character outside printable ASCII or a dangling '\\'", text);
  // Unquoted, only letters, digits and '_' stand for themselves.
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\') {
      ++i;
    } else if (c != '*' && c != '?' && c != '_' && !std::isalnum(static_cast<unsigned char>(c))) {
      return bad(std::string("unquoted '") + c + "' in a CPE attribute value (write \\" + c + ")", text);
    }
  }
  cpe_detail::Shape shape;
  if (!cpe_detail::shape_of(tokens, shape))
    return bad("a CPE wildcard may only stand at either end ('*' once, or a run of '?')", text);
  // Canonical quoting: a quoted letter, digit or '_' is the character itself.
  std::string canonical;
  canonical.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '_')) continue;
    canonical.push_back(text[i]);
    if (text[i] == '\\') canonical.push_back(text[++i]);
  }
  return CpeValue::string(std::move(canonical));
}

std::string Wfn::to_string() const {
  std::string out = "wfn:[";
  for (std::size_t i = 0; i < kCpeAttributeCount; ++i) {
    if (i) out.push_back(',');
    out += kNames[i];
    out.push_back('=');
    const CpeValue& v = values[i];
    if (v.is_any()) {
      out += "ANY";
    } else if (v.is_na()) {
      out += "NA";
    } else {
      out.push_back('"');
      out += v.text;
      out.push_back('"');
    }
  }
  out.push_back(']');
  return out;
}

Result<Wfn> parse_wfn(std::string_view text) {
  constexpr std::string_view kOpen = "wfn:[";
  if (text.substr(0, kOpen.size()) != kOpen || text.empty() || text.back() != ']')
    return bad("expected wfn:[attribute=value,...]", text);
  std::string_view rest = text.substr(kOpen.size(), text.size() - kOpen.size() - 1);
  Wfn wfn;
  std::array<bool, kCpeAttributeCount> seen{};
  while (!rest.empty()) {
    const std::size_t eq = rest.find('=');
    if (eq == std::string_view::npos) return bad("an attribute without '='", text);
    const std::string_view name = rest.substr(0, eq);
    std::size_t index = kCpeAttributeCount;
    for (std::size_t i = 0; i < kCpeAttributeCount; ++i)
      if (kNames[i] == name) index = i;
    if (index == kCpeAttributeCount) return bad("unknown WFN attribute \"" + std::string(name) + "\"", text);
    if (seen[index]) return bad("the attribute " + std::string(name) + " appears twice", text);
    seen[index] = true;
    rest.remove_prefix(eq + 1);
    std::size_t end = 0;
    if (rest.substr(0, 3) == "ANY") {
      wfn.values[index] = CpeValue::any();
      end = 3;
    } else if (rest.substr(0, 2) == "NA") {
      wfn.values[index] = CpeValue::na();
      end = 2;
    } else if (!rest.empty() && rest[0] == '"') {
      end = 1;
      while (end < rest.size() && rest[end] != '"') end += rest[end] == '\\' ? 2 : 1;
      if (end >= rest.size()) return bad("an unterminated WFN string", text);
      // Leniency: unquoted punctuation (the suite writes "33.0.1750.126")
      // is read as the literal character, as the formatted string does.
      std::string value;
      for (std::size_t i = 1; i < end; ++i) {
        const char c = rest[i];
        if (c == '\\') {
          value.push_back(c);
          if (++i < end) value.push_back(rest[i]);
        } else {
          if (c != '*' && c != '?' && c != '_' && std::ispunct(static_cast<unsigned char>(c))) value.push_back('\\');
          value.push_back(c);
        }
      }
      VT_ASSIGN_OR_RETURN(wfn.values[index], make_cpe_value(value));
      ++end;
    } else {
      return bad("expected ANY, NA or a quoted string after " + std::string(name) + "=", text);
    }
    rest.remove_prefix(end);
    if (!rest.empty()) {
      if (rest[0] != ',' || rest.size() == 1) return bad("expected ',' between attributes", text);
      rest.remove_prefix(1);
    }
  }
  const CpeValue& part = wfn[CpeAttribute::kPart];
  if (part.kind == CpeValue::Kind::kString && part.text != "a" && part.text != "o" && part.text != "h")
    return bad("the part is \"" + part.text + "\", expected a, o or h", text);
  return wfn;
}

Result<Wfn> parse_cpe(std::string_view text) {
  if (text.substr(0, 8) == "cpe:2.3:") return unbind_formatted_string(text);
  if (text.substr(0, 5) == "cpe:/") return unbind_uri(text);
  return bad("expected a CPE name starting with cpe:2.3: or cpe:/", text);
}

}  // namespace vt::version
