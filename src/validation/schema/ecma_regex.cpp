#include "validation/schema/ecma_regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace vt::validation::schema {
namespace {

// ECMA-262 WhiteSpace and LineTerminator code points (\s).
constexpr std::string_view kEcmaSpace =
    "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";

struct MatchData {
  pcre2_match_data* data = nullptr;
  pcre2_match_context* context = nullptr;
  MatchData() {
    data = pcre2_match_data_create(16, nullptr);
    context = pcre2_match_context_create(nullptr);
    pcre2_set_match_limit(context, 1'000'000);
    pcre2_set_depth_limit(context, 10'000);
  }
  ~MatchData() {
    pcre2_match_data_free(data);
    pcre2_match_context_free(context);
  }
};

}  // namespace

std::string EcmaRegex::translate(std::string_view p) {
  std::string out;
  bool in_class = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      char e = p[i + 1];
      ++i;
      switch (e) {
        case 'd': out += in_class ? "0-9" : "[0-9]"; break;
        case 'D': out += in_class ? "\\x{0}-/:-\\x{10FFFF}" : "[^0-9]"; break;
        case 'w': out += in_class ? "A-Za-z0-9_" : "[A-Za-z0-9_]"; break;
        case 'W': out += in_class ? "\\W" : "[^A-Za-z0-9_]"; break;
        case 's':
          if (in_class) out += kEcmaSpace;
          else out += "[" + std::string(kEcmaSpace) + "]";
          break;
        case 'S':
          // Inside a class a negated set cannot be spelled as a range list;
          // PCRE2's own \S with UCP is the nearest (it differs on U+FEFF only).
          if (in_class) out += "\\S";
          else out += "[^" + std::string(kEcmaSpace) + "]";
          break;
        default:
          out += '\\';
          out += e;
      }
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < p.size() && p[i + 1] == '^') out += p[++i];
      if (i + 1 < p.size() && p[i + 1] == ']') out += "\\]", ++i;  // "[]" is literal in PCRE only
      continue;
    }
    if (c == '.') {
      out += "[^\\n\\r\\x{2028}\\x{2029}]";  // ECMA: any but line terminators
      continue;
    }
    if (c == '$') {
      out += "\\z";  // ECMA $ is the end of input only; PCRE's $ also matches before a final newline
      continue;
    }
    out += c;
  }
  return out;
}

Result<std::unique_ptr<EcmaRegex>> EcmaRegex::compile(std::string_view pattern) {
  std::string translated = translate(pattern);
  int error = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated.data()), translated.size(),
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK, &error, &offset, nullptr);
  if (!code) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(error, buf, sizeof buf);
    return make_error(ErrorCode::kUnsupported,
                      "pattern /" + std::string(pattern) + "/ does not compile: " + reinterpret_cast<char*>(buf) +
                          " at offset " + std::to_string(offset));
  }
  auto r = std::unique_ptr<EcmaRegex>(new EcmaRegex());
  r->code_ = code;
  // Without JIT (unsupported CPU, no executable memory) the interpreter runs.
  r->jit_ = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
  return r;
}

EcmaRegex::~EcmaRegex() { pcre2_code_free(static_cast<pcre2_code*>(code_)); }

bool EcmaRegex::search(std::string_view subject) const {
  thread_local MatchData m;
  auto* code = static_cast<pcre2_code*>(code_);
  auto* text = reinterpret_cast<PCRE2_SPTR>(subject.data());
  // The JSON layer has validated UTF-8 already. pcre2_jit_match() is
  // pcre2_match() on compiled code minus its checks of the arguments (a
  // sixth of a short match); it honours the context's match limit too.
  int rc = jit_ ? pcre2_jit_match(code, text, subject.size(), 0, 0, m.data, m.context)
                : pcre2_match(code, text, subject.size(), 0, PCRE2_NO_UTF_CHECK, m.data, m.context);
  return rc >= 0;
}

}  // namespace vt::validation::schema
