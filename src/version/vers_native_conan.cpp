// Conan 2 version ranges to vers: "||" unions of space-separated
// conditions (">1 <2.0", "~2.5", "^1.2", "=1.0", "*"), an optional
// "[...]" around them and ", include_prerelease" style options after a
// comma. A trailing "-" (Conan's "prereleases too") is dropped; tilde and
// caret bounds end in "-" as Conan's own upper_bound() writes them.
#include "version/vers_native_parts.h"

namespace vt::version::native {
namespace {

// Conan's Version.upper_bound(index): the first `index` main parts, the
// next one plus one, then "-" so that no pre-release of it is included.
Result<std::string> upper_bound(const Input& in, Piece v, const std::vector<std::string_view>& main,
                                size_t index) {
  if (index >= main.size() || !is_digits(main[index]))
    return in.error(v.offset, "cannot bump part " + std::to_string(index + 1) + " of '" +
                                  std::string(v.text) + "' (expected a number there)");
  std::string out;
  for (size_t i = 0; i < index; ++i) out += std::string(main[i]) + ".";
  return out + increment(main[index]) + "-";
}

Result<Constraints> condition(const Input& in, Piece word) {
  std::string_view t = word.text;
  std::string_view op;
  for (std::string_view candidate : {">=", "<=", ">", "<", "=", "~", "^"})
    if (t.substr(0, candidate.size()) == candidate) {
      op = candidate;
      break;
    }
  Piece v = trim({t.substr(op.size()), word.offset + op.size()});
  if (!v.text.empty() && v.text.back() == '-') v.text.remove_suffix(1);
  if (v.text == "*" && op.empty()) return Constraints{make(Comparator::kGreaterEqual, "0.0.0")};
  if (v.text.empty() || v.text.find_first_of("<>=~^*| \t") != std::string_view::npos)
    return in.error(v.offset, "expected a version after '" + std::string(op) + "', found '" +
                                  std::string(word.text) + "'");
  const std::string version(v.text);
  if (op.empty() || op == "=") return Constraints{make(Comparator::kEqual, version)};
  if (op == ">=") return Constraints{make(Comparator::kGreaterEqual, version)};
  if (op == "<=") return Constraints{make(Comparator::kLessEqual, version)};
  if (op == ">") return Constraints{make(Comparator::kGreater, version)};
  if (op == "<") return Constraints{make(Comparator::kLess, version)};
  std::vector<std::string_view> main;
  for (Piece part : split({v.text.substr(0, v.text.find_first_of("-+")), 0}, "."))
    main.push_back(part.text);
  size_t index = 0;
  if (op == "~") {
    index = main.size() > 1 ? 1 : 0;
  } else {  // caret: bump the first part that is not zero
    while (index < main.size() && main[index].find_first_not_of('0') == std::string_view::npos)
      ++index;
  }
  VT_ASSIGN_OR_RETURN(std::string upper, upper_bound(in, v, main, index));
  return Constraints{make(Comparator::kGreaterEqual, version), make(Comparator::kLess, upper)};
}

Status check_option(const Input& in, Piece option) {
  const Piece o = trim(option);
  const std::string_view name = o.text.substr(0, o.text.find('='));
  if (name == "include_prerelease" || name == "loose") return Status();
  return in.error(o.offset, "unknown option '" + std::string(o.text) +
                                "' (expected include_prerelease or loose after the comma)");
}

}  // namespace

Result<Constraints> conan_range(const Input& in) {
  Piece all = trim({in.text, 0});
  if (all.text.size() >= 2 && all.text.front() == '[' && all.text.back() == ']')
    all = trim({all.text.substr(1, all.text.size() - 2), all.offset + 1});
  const std::vector<Piece> parts = split(all, ",");
  for (size_t i = 1; i < parts.size(); ++i) VT_TRY(check_option(in, parts[i]));
  const Piece expression = trim(parts[0]);
  // Conan reads an empty expression as "*" (every version).
  if (expression.text.empty()) return Constraints{make(Comparator::kGreaterEqual, "0.0.0")};
  Constraints out;
  for (Piece set : split(expression, "||")) {
    const std::vector<Piece> conditions = words(set);
    if (conditions.empty()) return in.error(set.offset, "expected conditions between '||'");
    for (Piece word : conditions) {
      VT_ASSIGN_OR_RETURN(Constraints c, condition(in, word));
      out.insert(out.end(), c.begin(), c.end());
    }
  }
  return out;
}

}  // namespace vt::version::native
