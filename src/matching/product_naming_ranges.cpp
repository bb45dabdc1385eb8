// Version ranges written as text rather than as vers: Fortinet's
// "FortiDLP/>=12.2.1|<=12.2.2" product names (branch category "product"),
// bare comparators in product_version_range ("<129.0.2792.52",
// "< V4.1.3", "Warehouse <5.1.0"), vers strings with the product name
// inside ("vers:generic/Prisma Access Browser<133.1") or the informal
// "vers:all/" type, and a few English phrases ("2016 R2 and earlier",
// "prior to 4.2", "All Versions"). Anything else is left unread: the
// claim then names the product without a range, i.e. every version.

#include "core/strings.h"
#include "matching/product_facts.h"
#include "version/vers.h"

namespace vt::matching {
namespace {

bool is_comparator(char c) { return c == '<' || c == '>' || c == '=' || c == '!'; }

// "<= 1.2 | > 3" -> "vers:<type>/<=1.2|>3" when it normalizes.
std::string constraints_to_vers(std::string_view constraints, std::string_view type) {
  std::string vers = "vers:" + std::string(type) + "/";
  for (char c : constraints)
    if (c != ' ') vers.push_back(c);
  return version::normalize_vers(vers).ok() ? vers : std::string();
}

// A version word taken from a phrase: "Version 6.3.5.11" -> "6.3.5.11".
std::string version_word(std::string_view text) {
  std::string t(trimmed(text));
  for (std::string_view prefix : {"firmware version ", "firmware ", "versions ", "version ", "v "}) {
    if (ascii_lowered(t).rfind(prefix, 0) == 0)
      t = trimmed(std::string_view(t).substr(prefix.size()));
  }
  // Leading words without a digit name the product ("VeriStand 2020").
  while (t.find(' ') != std::string::npos) {
    const std::string_view word = std::string_view(t).substr(0, t.find(' '));
    if (word.find_first_of("0123456789") != std::string_view::npos) break;
    t = trimmed(std::string_view(t).substr(word.size()));
  }
  if (t.empty() || t.find(' ') != std::string::npos) {
    // "2016 R2": keep the words, a generic version compares them piecewise.
    std::string joined;
    for (char c : t) joined.push_back(c == ' ' ? '.' : c);
    t = joined;
  }
  return t;
}

}  // namespace

std::string vers_from_range_text(std::string_view text) {
  std::string t(trimmed(text));
  if (t.empty()) return {};
  if (t.rfind("vers:", 0) == 0) {
    if (version::normalize_vers(t).ok()) return t;
    // "vers:all/..." (CISA, Siemens): no scheme given; generic order.
    const std::size_t slash = t.find('/');
    if (slash == std::string::npos) return {};
    std::string type = ascii_lowered(std::string_view(t).substr(5, slash - 5));
    if (type == "all") type = "generic";
    std::string_view rest = std::string_view(t).substr(slash + 1);
    // "Prisma Access Browser<133.1": the product name written inside.
    std::size_t first = 0;
    while (first < rest.size() && !is_comparator(rest[first]) && rest[first] != '*') ++first;
    if (first < rest.size() && first > 0 && rest.substr(0, first).find(' ') != std::string_view::npos)
      rest.remove_prefix(first);
    if (rest == "*") return "vers:" + type + "/*";
    return constraints_to_vers(rest, type);
  }
  // "Warehouse <5.1.0", "< V4.1.3", ">=v6.0.0"
  std::size_t first = 0;
  while (first < t.size() && !is_comparator(t[first])) ++first;
  if (first < t.size()) {
    std::string rest = t.substr(first);
    std::string compact;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      // "<12.0.4 IF2": a space inside a version becomes a separator.
      if (rest[i] == ' ') {
        if (!compact.empty() && !is_comparator(compact.back()) && compact.back() != '|' && i + 1 < rest.size() &&
            rest[i + 1] != '|')
          compact.push_back('.');
        continue;
      }
      compact.push_back(rest[i]);
    }
    return constraints_to_vers(compact, "generic");
  }
  const std::string l = ascii_lowered(t);
  if (l == "all versions" || l == "all" || l == "*") return "vers:generic/*";
  for (std::string_view suffix : {" and earlier versions", " and earlier", " and prior versions", " and prior",
                                  " and previous versions", " and previous", " and below", " and older"}) {
    if (l.size() > suffix.size() && l.compare(l.size() - suffix.size(), suffix.size(), suffix) == 0) {
      const std::string v = version_word(std::string_view(t).substr(0, t.size() - suffix.size()));
      return v.empty() ? std::string() : constraints_to_vers("<=" + v, "generic");
    }
  }
  for (std::string_view prefix : {"prior to ", "before ", "earlier than ", "versions before ", "versions prior to "}) {
    if (l.rfind(prefix, 0) == 0) {
      const std::string v = version_word(std::string_view(t).substr(prefix.size()));
      return v.empty() ? std::string() : constraints_to_vers("<" + v, "generic");
    }
  }
  return {};
}

bool range_product_name(std::string_view name, ProductFacts& facts) {
  const std::size_t slash = name.rfind('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= name.size()) return false;
  std::string_view range = name.substr(slash + 1);
  if (!is_comparator(range.front())) return false;
  std::string vers = constraints_to_vers(range, "generic");
  if (vers.empty()) return false;
  facts.name = trimmed(name.substr(0, slash));
  facts.vers = std::move(vers);
  if (facts.ecosystem.empty()) facts.ecosystem = "generic";
  return true;
}

}  // namespace vt::matching
