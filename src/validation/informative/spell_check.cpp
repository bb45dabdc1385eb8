// 6.3.8 Spell check: the document's free text checked with Hunspell and the
// system's dictionary for /document/lang (Debian: hunspell-en-us, ...,
// under /usr/share/hunspell, or $VEXTRIAGE_DICTIONARY_DIR). A language
// without a dictionary fails the test, as the specification requires.
// Acronyms (all capitals), tokens with digits or underscores, and URLs are
// not words.
#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "validation/informative/informative_tests.h"

namespace vt::validation::informative {
namespace {

class Dictionaries {
 public:
  // nullptr when no dictionary serves `lang` ("en" -> en_US, "de-AT" -> de_AT or de_DE).
  Hunspell* for_language(std::string_view lang, std::mutex*& lock) {
    std::lock_guard<std::mutex> guard(mutex_);
    std::string key(lang);
    auto it = loaded_.find(key);
    if (it == loaded_.end()) {
      it = loaded_.try_emplace(key).first;
      it->second.hunspell = load(lang);
    }
    lock = &it->second.lock;
    return it->second.hunspell.get();
  }

 private:
  struct Entry {
    std::unique_ptr<Hunspell> hunspell;
    std::mutex lock;  // Hunspell objects are not thread-safe
  };

  static std::string directory() {
    const char* env = std::getenv("VEXTRIAGE_DICTIONARY_DIR");
    return env && *env ? env : "/usr/share/hunspell";
  }

  static std::unique_ptr<Hunspell> load(std::string_view lang) {
    std::string tag(lang);
    for (char& c : tag) c = c == '-' ? '_' : c;
    const std::string primary = tag.substr(0, tag.find('_'));
    std::vector<std::string> candidates = {tag};
    if (primary == "en") candidates.push_back("en_US");
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(directory(), ec))
      if (e.path().extension() == ".dic" && e.path().stem().string().rfind(primary + "_", 0) == 0)
        candidates.push_back(e.path().stem().string());
    for (const auto& name : candidates) {
      const std::string base = directory() + "/" + name;
      if (std::filesystem::exists(base + ".dic", ec) && std::filesystem::exists(base + ".aff", ec))
        return std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
    }
    return nullptr;
  }

  std::mutex mutex_;
  std::map<std::string, Entry> loaded_;
};

Dictionaries& dictionaries() {
  static Dictionaries d;
  return d;
}

bool is_word(std::string_view t) {
  if (t.size() < 2) return false;
  bool lower = false;
  for (char c : t) {
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '\'' && c != '-') return false;
    lower |= std::islower(static_cast<unsigned char>(c)) != 0;
  }
  return lower;  // all capitals: an acronym
}

// Splits on white space and punctuation; tokens with digits, underscores,
// slashes or '@' (ids, paths, URLs, e-mail) are skipped whole.
template <typename Fn>
void for_each_word(std::string_view text, Fn&& fn) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t end = i;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    std::string_view token = text.substr(i, end - i);
    i = end;
    if (token.find_first_of("0123456789_/@:=<>") != std::string_view::npos) continue;
    // Strip surrounding punctuation, then split on the remaining separators.
    std::size_t s = 0;
    while (s <= token.size()) {
      std::size_t e = s;
      while (e < token.size() && (std::isalpha(static_cast<unsigned char>(token[e])) || token[e] == '\'')) ++e;
      std::string_view word = token.substr(s, e - s);
      while (!word.empty() && word.back() == '\'') word.remove_suffix(1);
      while (!word.empty() && word.front() == '\'') word.remove_prefix(1);
      if (is_word(word)) fn(word);
      s = e + 1;
    }
  }
}

}  // namespace

void test_6_3_8_spell_check(const TestContext& ctx, TestSink& sink) {
  const auto& d = ctx.doc.document;
  if (!d.lang || d.lang->empty()) return;  // skipped without a document language
  std::mutex* lock = nullptr;
  Hunspell* speller = dictionaries().for_language(*d.lang, lock);
  if (!speller) {
    sink.report(member_pointer(d.source, "lang"),
                "no spelling dictionary for language " + std::string(*d.lang) +
                    " (install hunspell-" + std::string(d.lang->substr(0, 2)) + " or set VEXTRIAGE_DICTIONARY_DIR)");
    return;
  }
  std::lock_guard<std::mutex> guard(*lock);
  auto check = [&](const std::optional<std::string_view>& text, const json::Value& owner, std::string_view key) {
    if (!text) return;
    std::string wrong;
    for_each_word(*text, [&](std::string_view w) {
      if (!speller->spell(std::string(w)) && wrong.find(std::string(w)) == std::string::npos)
        wrong += (wrong.empty() ? "" : ", ") + std::string(w);
    });
    if (!wrong.empty()) sink.report(member_pointer(owner, key), "possible spelling mistakes: " + wrong);
  };
  static constexpr std::string_view kProfiles[] = {"csaf_base", "csaf_security_incident_response",
                                                   "csaf_informational_advisory", "csaf_security_advisory", "csaf_vex"};
  if (d.category && std::find(std::begin(kProfiles), std::end(kProfiles), *d.category) == std::end(kProfiles))
    check(d.category, d.source, "category");
  check(d.title, d.source, "title");
  if (d.distribution) check(d.distribution->text, d.distribution->source, "text");
  if (d.aggregate_severity) check(d.aggregate_severity->text, d.aggregate_severity->source, "text");
  if (d.publisher) {
    check(d.publisher->name, d.publisher->source, "name");
    check(d.publisher->issuing_authority, d.publisher->source, "issuing_authority");
  }
  auto notes = [&](const std::vector<csaf::Note>& list) {
    for (const auto& n : list) {
      check(n.audience, n.source, "audience");
      check(n.text, n.source, "text");
      check(n.title, n.source, "title");
    }
  };
  notes(d.notes);
  for (const auto& r : d.references) check(r.summary, r.source, "summary");
  for (const auto& a : d.acknowledgments) {
    check(a.organization, a.source, "organization");
    check(a.summary, a.source, "summary");
  }
  if (d.tracking) {
    for (const auto& r : d.tracking->revision_history) check(r.summary, r.source, "summary");
    if (d.tracking->generator && d.tracking->generator->engine)
      check(d.tracking->generator->engine->name, d.tracking->generator->engine->source, "name");
  }
  if (ctx.doc.product_tree) {
    const auto& t = *ctx.doc.product_tree;
    std::vector<const csaf::Branch*> stack;
    for (const auto& b : t.branches) stack.push_back(&b);
    while (!stack.empty()) {
      const csaf::Branch* b = stack.back();
      stack.pop_back();
      check(b->name, b->source, "name");
      if (b->product) check(b->product->name, b->product->source, "name");
      for (const auto& c : b->branches) stack.push_back(&c);
    }
    for (const auto& p : t.full_product_names) check(p.name, p.source, "name");
    for (const auto& g : t.product_groups) check(g.summary, g.source, "summary");
    for (const auto& r : t.relationships)
      if (r.full_product_name) check(r.full_product_name->name, r.full_product_name->source, "name");
  }
  for (const auto& v : ctx.doc.vulnerabilities) {
    notes(v.notes);
    check(v.title, v.source, "title");
    for (const auto& r : v.references) check(r.summary, r.source, "summary");
    for (const auto& i : v.involvements) check(i.summary, i.source, "summary");
    for (const auto& r : v.remediations) check(r.details, r.source, "details");
    for (const auto& t : v.threats) check(t.details, t.source, "details");
  }
}

}  // namespace vt::validation::informative
