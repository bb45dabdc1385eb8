// The two bindings of a WFN (NISTIR 7695 §6): the 2.3 formatted string and
// the 2.2 URI. Unbinding checks every value with make_cpe_value, so a name
// that unbinds is a valid WFN and binds back to an equivalent name.
#include <cctype>

#include "core/strings.h"
#include "version/cpe.h"

namespace vt::version {
namespace {

Error bad(std::string message, std::string_view text) {
  return make_error(ErrorCode::kInvalidInput, std::move(message) + " in CPE name \"" + std::string(text) + "\"");
}

bool plain(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

Status check_part(const CpeValue& part, std::string_view text) {
  if (part.kind == CpeValue::Kind::kString && part.text != "a" && part.text != "o" && part.text != "h")
    return bad("the part is \"" + part.text + "\", expected a, o or h", text);
  return {};
}

// --- formatted string -------------------------------------------------------

std::string fs_value(const CpeValue& v) {
  if (v.is_any()) return "*";
  if (v.is_na()) return "-";
  std::string out;
  const std::string& s = v.text;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out.push_back(s[i]);
      continue;
    }
    const char c = s[++i];
    // '.', '-' and '_' need no quoting in the formatted string, except a
    // lone '-', which would read back as NA.
    const bool unquote = c == '.' || c == '_' || (c == '-' && s.size() > 2);
    if (!unquote) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

Result<CpeValue> fs_unbind_value(std::string_view s, std::string_view text) {
  if (s.empty()) return bad("an empty component (ANY is '*')", text);
  if (s == "*") return CpeValue::any();
  if (s == "-") return CpeValue::na();
  std::string wfn;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\') {
      if (i + 1 >= s.size()) return bad("a dangling '\\'", text);
      wfn.push_back(c);
      wfn.push_back(s[++i]);
    } else if (c == '*' || c == '?' || plain(c)) {
      wfn.push_back(c);
    } else {
      wfn.push_back('\\');  // other punctuation stands for itself: quote it
      wfn.push_back(c);
    }
  }
  auto value = make_cpe_value(wfn);
  if (!value.ok()) return bad(value.error().message, text);
  return value;
}

// --- URI ----------------------------------------------------------------------

void uri_append(std::string& out, const CpeValue& v) {
  static constexpr char kHex[] = "0123456789abcdef";
  if (v.is_any()) return;
  if (v.is_na()) {
    out.push_back('-');
    return;
  }
  const std::string& s = v.text;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '?') {
      out += "%01";
    } else if (c == '*') {
      out += "%02";
    } else if (c != '\\') {
      out.push_back(c);
    } else if (i + 1 < s.size()) {
      c = s[++i];
      if (plain(c) || c == '.' || (c == '-' && s.size() > 2)) {
        out.push_back(c);
      } else {
        out.push_back('%');
        out.push_back(kHex[static_cast<unsigned char>(c) >> 4]);
        out.push_back(kHex[static_cast<unsigned char>(c) & 15]);
      }
    }
  }
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Result<CpeValue> uri_unbind_value(std::string_view s, std::string_view text) {
  if (s.empty()) return CpeValue::any();
  if (s == "-") return CpeValue::na();
  std::string wfn;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = ascii_lower(s[i]);
    if (plain(c) || c == '?' || c == '*') {  // raw wildcards are read as %01 / %02
      wfn.push_back(c);
    } else if (c == '.' || c == '-' || c == '~') {
      wfn.push_back('\\');
      wfn.push_back(c);
    } else if (c == '%') {
      if (i + 2 >= s.size() || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0)
        return bad("a '%' not followed by two hex digits", text);
      const int byte = hex(s[i + 1]) * 16 + hex(s[i + 2]);
      i += 2;
      if (byte == 1) {
        wfn.push_back('?');
      } else if (byte == 2) {
        wfn.push_back('*');
      } else if (byte > 0x20 && byte < 0x7f && !plain(static_cast<char>(byte))) {
        wfn.push_back('\\');
        wfn.push_back(static_cast<char>(byte));
      } else {
        return bad("%" + std::string(s.substr(i - 1, 2)) + " is not an encoded CPE punctuation character", text);
      }
    } else {
      return bad(std::string("'") + c + "' is not allowed in a CPE URI (percent-encode it)", text);
    }
  }
  auto value = make_cpe_value(wfn);
  if (!value.ok()) return bad(value.error().message, text);
  return value;
}

}  // namespace

std::string bind_to_formatted_string(const Wfn& wfn) {
  std::string out = "cpe:2.3";
  for (const CpeValue& v : wfn.values) {
    out.push_back(':');
    out += fs_value(v);
  }
  return out;
}

Result<Wfn> unbind_formatted_string(std::string_view text) {
  if (text.substr(0, 8) != "cpe:2.3:") return bad("expected the prefix cpe:2.3:", text);
  Wfn wfn;
  std::size_t index = 0, start = 8;
  for (std::size_t i = start; i <= text.size(); ++i) {
    if (i < text.size() && text[i] == '\\') {
      ++i;
      continue;
    }
    if (i < text.size() && text[i] != ':') continue;
    if (index == kCpeAttributeCount) return bad("more than 11 components", text);
    VT_ASSIGN_OR_RETURN(wfn.values[index], fs_unbind_value(text.substr(start, i - start), text));
    ++index;
    start = i + 1;
  }
  if (index != kCpeAttributeCount) return bad("expected 11 components after cpe:2.3:", text);
  VT_TRY(check_part(wfn[CpeAttribute::kPart], text));
  return wfn;
}

std::string bind_to_uri(const Wfn& wfn) {
  std::string out = "cpe:/";
  for (std::size_t i = 0; i <= static_cast<std::size_t>(CpeAttribute::kLanguage); ++i) {
    if (i) out.push_back(':');
    if (i != static_cast<std::size_t>(CpeAttribute::kEdition)) {
      uri_append(out, wfn.values[i]);
      continue;
    }
    const bool packed = !wfn[CpeAttribute::kSwEdition].is_any() || !wfn[CpeAttribute::kTargetSw].is_any() ||
                        !wfn[CpeAttribute::kTargetHw].is_any() || !wfn[CpeAttribute::kOther].is_any();
    if (!packed) {
      uri_append(out, wfn[CpeAttribute::kEdition]);
      continue;
    }
    for (CpeAttribute a : {CpeAttribute::kEdition, CpeAttribute::kSwEdition, CpeAttribute::kTargetSw,
                           CpeAttribute::kTargetHw, CpeAttribute::kOther}) {
      out.push_back('~');
      uri_append(out, wfn[a]);
    }
  }
  while (out.back() == ':') out.pop_back();
  return out;
}

Result<Wfn> unbind_uri(std::string_view text) {
  if (text.substr(0, 5) != "cpe:/") return bad("expected the prefix cpe:/", text);
  Wfn wfn;
  std::size_t index = 0, start = 5;
  for (std::size_t i = start; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ':') continue;
    if (index > static_cast<std::size_t>(CpeAttribute::kLanguage)) return bad("more than 7 components", text);
    const std::string_view component = text.substr(start, i - start);
    start = i + 1;
    if (index != static_cast<std::size_t>(CpeAttribute::kEdition) || component.empty() || component[0] != '~') {
      VT_ASSIGN_OR_RETURN(wfn.values[index], uri_unbind_value(component, text));
      ++index;
      continue;
    }
    // Packed: ~edition~sw_edition~target_sw~target_hw~other
    constexpr CpeAttribute kPacked[] = {CpeAttribute::kEdition, CpeAttribute::kSwEdition, CpeAttribute::kTargetSw,
                                        CpeAttribute::kTargetHw, CpeAttribute::kOther};
    std::size_t field = 0, from = 1;
    for (std::size_t j = 1; j <= component.size(); ++j) {
      if (j < component.size() && component[j] != '~') continue;
      if (field == 5) return bad("a packed edition has more than five '~' fields", text);
      VT_ASSIGN_OR_RETURN(wfn[kPacked[field]], uri_unbind_value(component.substr(from, j - from), text));
      ++field;
      from = j + 1;
    }
    if (field != 5) return bad("a packed edition needs five '~' fields (~edition~sw_edition~target_sw~target_hw~other)", text);
    ++index;
  }
  VT_TRY(check_part(wfn[CpeAttribute::kPart], text));
  return wfn;
}

}  // namespace vt::version
