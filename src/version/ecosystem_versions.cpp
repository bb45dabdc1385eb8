#include "version/ecosystem_versions.h"

#include <string>
#include <vector>

namespace vt::version {
namespace {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
int sign(int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

std::string_view strip_zeros(std::string_view d) {
  while (d.size() > 1 && d[0] == '0') d.remove_prefix(1);
  return d;
}
// Numeric comparison of digit strings of any length.
int num_cmp(std::string_view a, std::string_view b) {
  a = strip_zeros(a);
  b = strip_zeros(b);
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return sign(a.compare(b));
}
bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

// ---- Gentoo ----

struct GentooVersion {
  std::vector<std::string_view> numbers;
  char letter = 0;
  std::vector<std::pair<int, std::string_view>> suffixes;  // rank, number ("" = 0)
  std::string_view revision;                                // "" = 0
};

Result<GentooVersion> parse_gentoo(std::string_view s) {
  const std::string text(s);
  auto bad = [&] {
    return make_error(ErrorCode::kInvalidInput,
                      "invalid Gentoo version '" + text + "', expected 1.2.3[a][_suffix[N]]...[-rN]");
  };
  GentooVersion v;
  size_t i = 0;
  while (true) {
    const size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return bad();
    v.numbers.push_back(s.substr(start, i - start));
    if (i < s.size() && s[i] == '.') {
      ++i;
      continue;
    }
    break;
  }
  if (i < s.size() && s[i] >= 'a' && s[i] <= 'z') v.letter = s[i++];
  static constexpr std::pair<std::string_view, int> kSuffixes[] = {
      {"alpha", 0}, {"beta", 1}, {"pre", 2}, {"rc", 3}, {"p", 4}};
  while (i < s.size() && s[i] == '_') {
    ++i;
    int rank = -1;
    for (const auto& [name, r] : kSuffixes)
      if (s.substr(i, name.size()) == name && (i + name.size() == s.size() || !(s[i + name.size()] >= 'a' && s[i + name.size()] <= 'z'))) {
        rank = r;
        i += name.size();
        break;
      }
    if (rank < 0) return bad();
    const size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    v.suffixes.emplace_back(rank, s.substr(start, i - start));
  }
  if (i < s.size()) {
    if (s.substr(i, 2) != "-r") return bad();
    i += 2;
    const size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start || i != s.size()) return bad();
    v.revision = s.substr(start);
  }
  return v;
}

int gentoo_order(const GentooVersion& a, const GentooVersion& b) {
  if (int r = num_cmp(a.numbers[0], b.numbers[0]); r != 0) return r;
  const size_t n = a.numbers.size() < b.numbers.size() ? a.numbers.size() : b.numbers.size();
  for (size_t i = 1; i < n; ++i) {
    std::string_view x = a.numbers[i], y = b.numbers[i];
    int r;
    if (x[0] == '0' || y[0] == '0') {
      // PMS: with a leading zero, trailing zeros are stripped and the
      // components compare as strings (1.01 < 1.1, 1.010 == 1.01).
      while (!x.empty() && x.back() == '0') x.remove_suffix(1);
      while (!y.empty() && y.back() == '0') y.remove_suffix(1);
      r = sign(x.compare(y));
    } else {
      r = num_cmp(x, y);
    }
    if (r != 0) return r;
  }
  if (a.numbers.size() != b.numbers.size()) return a.numbers.size() < b.numbers.size() ? -1 : 1;
  if (a.letter != b.letter) return a.letter < b.letter ? -1 : 1;
  const size_t m = a.suffixes.size() < b.suffixes.size() ? a.suffixes.size() : b.suffixes.size();
  for (size_t i = 0; i < m; ++i) {
    if (a.suffixes[i].first != b.suffixes[i].first) return a.suffixes[i].first < b.suffixes[i].first ? -1 : 1;
    const std::string_view x = a.suffixes[i].second.empty() ? "0" : a.suffixes[i].second;
    const std::string_view y = b.suffixes[i].second.empty() ? "0" : b.suffixes[i].second;
    if (int r = num_cmp(x, y); r != 0) return r;
  }
  if (a.suffixes.size() > m) return a.suffixes[m].first == 4 ? 1 : -1;  // _p is newer, others older
  if (b.suffixes.size() > m) return b.suffixes[m].first == 4 ? -1 : 1;
  return num_cmp(a.revision.empty() ? "0" : a.revision, b.revision.empty() ? "0" : b.revision);
}

// ---- NuGet ----

struct NugetVersion {
  std::vector<std::string_view> numbers;  // 1 to 4
  std::vector<std::string> labels;        // lowercased
};

Result<NugetVersion> parse_nuget(std::string_view s) {
  const std::string text(s);
  auto bad = [&](const char* why) {
    return make_error(ErrorCode::kInvalidInput, "invalid NuGet version '" + text + "': " + why);
  };
  const size_t plus = s.find('+');
  if (plus != std::string_view::npos) {
    if (plus + 1 == s.size()) return bad("empty build metadata");
    s = s.substr(0, plus);
  }
  NugetVersion v;
  const size_t dash = s.find('-');
  std::string_view core = s.substr(0, dash);
  if (dash != std::string_view::npos) {
    std::string_view rel = s.substr(dash + 1);
    while (true) {
      const size_t dot = rel.find('.');
      std::string label(rel.substr(0, dot));
      if (label.empty()) return bad("empty pre-release label");
      for (char& c : label) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (!is_digit(c) && !(c >= 'a' && c <= 'z') && c != '-') return bad("labels hold [0-9A-Za-z-]");
      }
      v.labels.push_back(label);
      if (dot == std::string_view::npos) break;
      rel.remove_prefix(dot + 1);
    }
  }
  while (true) {
    const size_t dot = core.find('.');
    const std::string_view n = core.substr(0, dot);
    if (!all_digits(n)) return bad("expected up to four dot-separated numbers");
    v.numbers.push_back(n);
    if (dot == std::string_view::npos) break;
    core.remove_prefix(dot + 1);
  }
  if (v.numbers.size() > 4) return bad("more than four numbers");
  return v;
}

int nuget_order(const NugetVersion& a, const NugetVersion& b) {
  for (size_t i = 0; i < 4; ++i) {
    const std::string_view x = i < a.numbers.size() ? a.numbers[i] : "0";
    const std::string_view y = i < b.numbers.size() ? b.numbers[i] : "0";
    if (int r = num_cmp(x, y); r != 0) return r;
  }
  if (a.labels.empty() != b.labels.empty()) return a.labels.empty() ? 1 : -1;
  const size_t n = a.labels.size() < b.labels.size() ? a.labels.size() : b.labels.size();
  for (size_t i = 0; i < n; ++i) {
    const std::string &x = a.labels[i], &y = b.labels[i];
    const bool nx = all_digits(x), ny = all_digits(y);
    int r;
    if (nx && ny) r = num_cmp(x, y);
    else if (nx != ny) r = nx ? -1 : 1;
    else r = sign(x.compare(y));
    if (r != 0) return r;
  }
  if (a.labels.size() != b.labels.size()) return a.labels.size() < b.labels.size() ? -1 : 1;
  return 0;
}

// ---- Conan ----

struct ConanItem {
  bool numeric = false;
  std::string text;  // digits without leading zeros when numeric
};

struct ConanVersion {
  std::vector<ConanItem> items;  // trailing zero items removed
  std::vector<ConanItem> pre, build;
  bool has_pre = false, has_build = false;
};

std::vector<ConanItem> conan_items(std::string_view s) {
  std::vector<ConanItem> items;
  while (true) {
    const size_t dot = s.find('.');
    const std::string_view t = s.substr(0, dot);
    ConanItem it;
    it.numeric = all_digits(t);
    it.text = std::string(it.numeric ? strip_zeros(t) : t);
    items.push_back(std::move(it));
    if (dot == std::string_view::npos) break;
    s.remove_prefix(dot + 1);
  }
  while (!items.empty() && items.back().numeric && items.back().text == "0") items.pop_back();
  return items;
}

ConanVersion parse_conan(std::string_view s) {
  ConanVersion v;
  const size_t plus = s.rfind('+');
  if (plus != std::string_view::npos) {
    v.has_build = true;
    v.build = conan_items(s.substr(plus + 1));
    s = s.substr(0, plus);
  }
  const size_t dash = s.rfind('-');
  if (dash != std::string_view::npos) {
    v.has_pre = true;
    v.pre = conan_items(s.substr(dash + 1));
    s = s.substr(0, dash);
  }
  v.items = conan_items(s);
  return v;
}

int item_cmp(const ConanItem& a, const ConanItem& b) {
  if (a.numeric && b.numeric) return num_cmp(a.text, b.text);
  return sign(a.text.compare(b.text));  // a number against text compares as text
}

int items_cmp(const std::vector<ConanItem>& a, const std::vector<ConanItem>& b) {
  const size_t n = a.size() < b.size() ? a.size() : b.size();
  for (size_t i = 0; i < n; ++i)
    if (int r = item_cmp(a[i], b[i]); r != 0) return r;
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return 0;
}

int optional_cmp(bool ha, const std::vector<ConanItem>& a, bool hb, const std::vector<ConanItem>& b) {
  if (ha != hb) return ha ? 1 : -1;  // none sorts first
  return ha ? items_cmp(a, b) : 0;
}

int conan_order(const ConanVersion& a, const ConanVersion& b) {
  if (int r = items_cmp(a.items, b.items); r != 0) return r;
  if (a.has_pre != b.has_pre) return a.has_pre ? -1 : 1;  // a pre-release is older
  if (int r = optional_cmp(a.has_pre, a.pre, b.has_pre, b.pre); r != 0) return r;
  return optional_cmp(a.has_build, a.build, b.has_build, b.build);
}

}  // namespace

Result<int> gentoo_compare(std::string_view a, std::string_view b) {
  VT_ASSIGN_OR_RETURN(GentooVersion x, parse_gentoo(a));
  VT_ASSIGN_OR_RETURN(GentooVersion y, parse_gentoo(b));
  return gentoo_order(x, y);
}

Result<int> nuget_compare(std::string_view a, std::string_view b) {
  VT_ASSIGN_OR_RETURN(NugetVersion x, parse_nuget(a));
  VT_ASSIGN_OR_RETURN(NugetVersion y, parse_nuget(b));
  return nuget_order(x, y);
}

Result<int> conan_compare(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return make_error(ErrorCode::kInvalidInput, "empty Conan version");
  return conan_order(parse_conan(a), parse_conan(b));
}

}  // namespace vt::version
