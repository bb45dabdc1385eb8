// 6.1.13 PURL: "It MUST be tested that given PURL is valid" for every
// product_identification_helper/purl (full_product_names, branches,
// relationships).
//
// Until the version module has a purl parser, this file checks the generic
// syntax of the purl specification: scheme `pkg:`, a type of
// [A-Za-z0-9.+-] not starting with a digit, a non-empty name, valid
// percent-encoding, qualifier keys of [A-Za-z0-9.-_] not starting with a
// digit and not repeated; plus the type rules the purl test suite exercises
// (conan, cran, swift, cpan).
#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {
namespace {

bool hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// Percent-decodes `s`; false on a malformed escape.
bool decode(std::string_view s, std::string* out) {
  out->clear();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out->push_back(s[i]);
      continue;
    }
    if (i + 2 >= s.size() || !hex(s[i + 1]) || !hex(s[i + 2])) return false;
    out->push_back(static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
    i += 2;
  }
  return true;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Rules of the purl type definitions for the types the purl test suite
// checks; other types have no extra rule here.
std::string type_problem(const std::string& type, bool has_namespace, const std::string& name,
                         bool has_version, const std::set<std::string>& keys) {
  if (type == "conan" && has_namespace != (keys.count("channel") != 0)) {
    return "a conan purl has a namespace (user) exactly when it has a channel qualifier";
  }
  if (type == "cran" && !has_version) return "a cran purl needs a version";
  if (type == "swift" && (!has_namespace || !has_version)) {
    return "a swift purl needs a namespace and a version";
  }
  if (type == "cpan" && has_namespace && name.find("::") != std::string::npos) {
    return "a cpan purl with an author namespace names a distribution (no ::)";
  }
  if (type == "cpan" && !has_namespace && name.find('-') != std::string::npos) {
    return "a cpan purl without namespace names a module (no -)";
  }
  return {};
}

// Empty when `purl` is valid, else what is wrong.
std::string purl_problem(std::string_view purl) {
  std::string decoded;
  const std::size_t colon = purl.find(':');
  if (colon == std::string_view::npos) return "it has no scheme (expected pkg:)";
  if (lower(purl.substr(0, colon)) != "pkg") return "the scheme is not pkg:";
  std::string_view rest = purl.substr(colon + 1);
  if (const auto hash = rest.find('#'); hash != std::string_view::npos) {
    if (!decode(rest.substr(hash + 1), &decoded)) return "the subpath has a malformed %-escape";
    rest = rest.substr(0, hash);
  }
  std::set<std::string> keys;  // lowercased qualifier keys
  if (const auto question = rest.find('?'); question != std::string_view::npos) {
    std::string_view qualifiers = rest.substr(question + 1);
    rest = rest.substr(0, question);
    while (!qualifiers.empty()) {
      const auto amp = qualifiers.find('&');
      const std::string_view pair = qualifiers.substr(0, amp);
      qualifiers = amp == std::string_view::npos ? std::string_view() : qualifiers.substr(amp + 1);
      if (pair.empty()) continue;
      const auto eq = pair.find('=');
      if (eq == std::string_view::npos) return "qualifier '" + std::string(pair) + "' has no =";
      const std::string key = lower(pair.substr(0, eq));
      if (key.empty() || std::isdigit(static_cast<unsigned char>(key[0])) ||
          !std::all_of(key.begin(), key.end(), [](unsigned char c) {
            return std::isalnum(c) || c == '.' || c == '-' || c == '_';
          })) {
        return "qualifier key '" + key + "' is not [A-Za-z.-_][A-Za-z0-9.-_]*";
      }
      if (!keys.insert(key).second) return "qualifier key '" + key + "' is repeated";
      if (!decode(pair.substr(eq + 1), &decoded)) {
        return "qualifier '" + key + "' has a malformed %-escape";
      }
    }
  }
  while (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
  const auto slash = rest.find('/');
  if (slash == std::string_view::npos) return "it has no type/name";
  const std::string_view type = rest.substr(0, slash);
  if (type.empty() || std::isdigit(static_cast<unsigned char>(type[0])) ||
      !std::all_of(type.begin(), type.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '.' || c == '+' || c == '-';
      })) {
    return "the type '" + std::string(type) + "' is not [A-Za-z.+-][A-Za-z0-9.+-]*";
  }
  rest = rest.substr(slash + 1);
  bool has_version = false;
  if (const auto at = rest.rfind('@'); at != std::string_view::npos) {
    if (!decode(rest.substr(at + 1), &decoded)) return "the version has a malformed %-escape";
    has_version = !decoded.empty();
    rest = rest.substr(0, at);
  }
  const auto last = rest.rfind('/');
  std::string name;
  if (!decode(last == std::string_view::npos ? rest : rest.substr(last + 1), &name)) {
    return "the name has a malformed %-escape";
  }
  if (name.empty()) return "it has no name";
  const bool has_namespace = last != std::string_view::npos;
  if (has_namespace && !decode(rest.substr(0, last), &decoded)) {
    return "the namespace has a malformed %-escape";
  }
  return type_problem(lower(type), has_namespace, name, has_version, keys);
}

void check_product(const csaf::FullProductName& product, TestSink& sink) {
  if (!product.product_identification_helper || !product.product_identification_helper->purl) {
    return;
  }
  const std::string_view purl = *product.product_identification_helper->purl;
  const std::string problem = purl_problem(purl);
  if (problem.empty()) return;
  sink.report(product.product_identification_helper->source.pointer() + "/purl",
              "\"" + std::string(purl) + "\" is not a valid package URL: " + problem);
}

}  // namespace

void test_6_1_13_purl(const TestContext& ctx, TestSink& sink) {
  if (!ctx.doc.product_tree) return;
  const csaf::ProductTree& tree = *ctx.doc.product_tree;
  for (const csaf::FullProductName& p : tree.full_product_names) check_product(p, sink);
  std::vector<const csaf::Branch*> stack;  // explicit stack: branches nest arbitrarily deep
  for (auto it = tree.branches.rbegin(); it != tree.branches.rend(); ++it) stack.push_back(&*it);
  while (!stack.empty()) {
    const csaf::Branch* branch = stack.back();
    stack.pop_back();
    if (branch->product) check_product(*branch->product, sink);
    for (auto it = branch->branches.rbegin(); it != branch->branches.rend(); ++it) {
      stack.push_back(&*it);
    }
  }
  for (const csaf::Relationship& r : tree.relationships) {
    if (r.full_product_name) check_product(*r.full_product_name, sink);
  }
}

}  // namespace vt::validation::mandatory
