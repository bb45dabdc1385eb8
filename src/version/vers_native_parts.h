// Internals of vers_from_native: one converter per ecosystem, each turning
// a native range into vers constraints in input order (vers_native.cpp
// sorts and prints them), plus the small lexing helpers they share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "version/vers.h"

namespace vt::version::native {

using Constraints = std::vector<VersConstraint>;

// The input being converted, so that every error names it and a position.
struct Input {
  std::string_view scheme;
  std::string_view text;
  Error error(size_t offset, const std::string& what) const;
  Error unsupported(size_t offset, const std::string& what) const;
};

// A piece of the input and where it starts.
struct Piece {
  std::string_view text;
  size_t offset = 0;
};

bool is_space(char c);
bool is_digits(std::string_view s);
Piece trim(Piece p);
// Splits on every occurrence of `sep` (pieces are not trimmed).
std::vector<Piece> split(Piece p, std::string_view sep);
// Whitespace-separated words; a word that is only an operator (">=", "~")
// is joined to the next one, as in ">= 1.2".
std::vector<Piece> words(Piece p);
// "41" -> "42"; digits only.
std::string increment(std::string_view digits);
VersConstraint make(Comparator c, std::string version);

Result<Constraints> npm_range(const Input& in);
Result<Constraints> conan_range(const Input& in);
Result<Constraints> pypi_range(const Input& in);
Result<Constraints> gem_range(const Input& in);
Result<Constraints> nuget_range(const Input& in);
Result<Constraints> nginx_range(const Input& in);
Result<Constraints> openssl_range(const Input& in);

// RubyGems' Gem::Version ordering (vers_schemes has no gem type yet).
Result<int> gem_compare(std::string_view a, std::string_view b);

}  // namespace vt::version::native
