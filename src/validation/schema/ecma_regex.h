// ECMA-262 regular expressions (what JSON Schema's `pattern` means) on
// PCRE2 with JIT: the ECMA meanings of \d \w \s \S and `.` are spelled out
// before compiling, and a match limit keeps hostile input from taking
// exponential time.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace vt::validation::schema {

class EcmaRegex {
 public:
  static Result<std::unique_ptr<EcmaRegex>> compile(std::string_view pattern);
  ~EcmaRegex();
  // Unanchored search, as JSON Schema specifies. A match that hits the
  // limit counts as no match.
  bool search(std::string_view subject) const;

  // Exposed for tests: the pattern as given to PCRE2.
  static std::string translate(std::string_view ecma);

 private:
  EcmaRegex() = default;
  void* code_ = nullptr;  // pcre2_code*
  bool jit_ = false;      // compiled to machine code: matched by pcre2_jit_match()
};

}  // namespace vt::validation::schema
