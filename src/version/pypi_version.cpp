#include "version/pypi_version.h"

namespace vt::version {
namespace {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_sep(char c) { return c == '-' || c == '_' || c == '.'; }

int sign(int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

// Digit strings without leading zeros compare by length, then bytes.
int num_cmp(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return sign(a.compare(b));
}

std::string strip_zeros(std::string_view d) {
  while (d.size() > 1 && d[0] == '0') d.remove_prefix(1);
  return std::string(d);
}

class Cursor {
 public:
  explicit Cursor(std::string s) : s_(std::move(s)) {}
  bool done() const { return i_ >= s_.size(); }
  char peek(size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
  size_t pos() const { return i_; }
  void seek(size_t p) { i_ = p; }
  std::string digits() {
    const size_t start = i_;
    while (is_digit(peek())) ++i_;
    return s_.substr(start, i_ - start);
  }
  bool word(std::string_view w) {
    if (s_.compare(i_, w.size(), w) != 0) return false;
    i_ += w.size();
    return true;
  }
  void skip_sep() {
    if (is_sep(peek())) ++i_;
  }

 private:
  std::string s_;
  size_t i_ = 0;
};

// Tries "[sep]label[sep][N]" for one of `labels`; returns the index or -1
// (restoring the position), and the number ("0" when implicit).
int labelled(Cursor& c, const std::vector<std::pair<std::string_view, int>>& labels, std::string* number) {
  const size_t start = c.pos();
  c.skip_sep();
  for (const auto& [label, kind] : labels) {
    if (c.word(label) && !is_alpha(c.peek())) {
      const size_t after = c.pos();
      c.skip_sep();
      std::string n = c.digits();
      if (n.empty()) c.seek(after);
      *number = n.empty() ? "0" : strip_zeros(n);
      return kind;
    }
    c.seek(start);
    c.skip_sep();
  }
  c.seek(start);
  return -1;
}

}  // namespace

Result<PypiVersion> parse_pypi_version(std::string_view text) {
  auto bad = [&](const char* why) {
    return make_error(ErrorCode::kInvalidInput, "invalid PEP 440 version '" + std::string(text) + "': " + why);
  };
  std::string s(text);
  for (char& ch : s)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.pop_back();
  size_t lead = 0;
  while (lead < s.size() && (s[lead] == ' ' || s[lead] == '\t' || s[lead] == '\n')) ++lead;
  s.erase(0, lead);
  Cursor c(std::move(s));
  if (c.peek() == 'v') c.seek(1);
  PypiVersion v;
  std::string first = c.digits();
  if (first.empty()) return bad("expected a release number");
  if (c.peek() == '!') {
    v.epoch = strip_zeros(first);
    c.seek(c.pos() + 1);
    first = c.digits();
    if (first.empty()) return bad("expected a release number after the epoch");
  }
  v.release.push_back(strip_zeros(first));
  while (c.peek() == '.' && is_digit(c.peek(1))) {
    c.seek(c.pos() + 1);
    v.release.push_back(strip_zeros(c.digits()));
  }
  while (v.release.size() > 1 && v.release.back() == "0") v.release.pop_back();

  static const std::vector<std::pair<std::string_view, int>> kPre = {
      {"alpha", 0}, {"a", 0}, {"beta", 1}, {"b", 1}, {"preview", 2}, {"pre", 2}, {"c", 2}, {"rc", 2}};
  static const std::vector<std::pair<std::string_view, int>> kPost = {{"post", 0}, {"rev", 0}, {"r", 0}};
  static const std::vector<std::pair<std::string_view, int>> kDev = {{"dev", 0}};
  v.pre_kind = labelled(c, kPre, &v.pre_number);
  if (c.peek() == '-' && is_digit(c.peek(1))) {
    c.seek(c.pos() + 1);
    v.has_post = true;
    v.post_number = strip_zeros(c.digits());
  } else if (labelled(c, kPost, &v.post_number) >= 0) {
    v.has_post = true;
  }
  v.has_dev = labelled(c, kDev, &v.dev_number) >= 0;
  if (c.peek() == '+') {
    c.seek(c.pos() + 1);
    std::string seg;
    while (true) {
      const char ch = c.peek();
      if (is_digit(ch) || is_alpha(ch)) {
        seg += ch;
        c.seek(c.pos() + 1);
      } else if ((is_sep(ch) || ch == '\0') && !seg.empty()) {
        v.local.push_back(seg);
        seg.clear();
        if (ch == '\0') break;
        c.seek(c.pos() + 1);
      } else {
        return bad("invalid local version label");
      }
    }
  }
  if (!c.done()) return bad("unexpected characters");
  return v;
}

int compare(const PypiVersion& a, const PypiVersion& b) {
  if (int r = num_cmp(a.epoch, b.epoch); r != 0) return r;
  const size_t n = a.release.size() > b.release.size() ? a.release.size() : b.release.size();
  for (size_t i = 0; i < n; ++i) {
    static const std::string kZero = "0";
    const std::string& x = i < a.release.size() ? a.release[i] : kZero;
    const std::string& y = i < b.release.size() ? b.release[i] : kZero;
    if (int r = num_cmp(x, y); r != 0) return r;
  }
  // Pre-release key: a dev-only release sorts before any pre-release; no
  // pre-release sorts after all of them.
  auto pre_rank = [](const PypiVersion& v) {
    if (v.pre_kind < 0 && !v.has_post && v.has_dev) return -1;
    if (v.pre_kind < 0) return 3;
    return v.pre_kind;
  };
  const int pa = pre_rank(a), pb = pre_rank(b);
  if (pa != pb) return pa < pb ? -1 : 1;
  if (a.pre_kind >= 0) {
    if (int r = num_cmp(a.pre_number, b.pre_number); r != 0) return r;
  }
  if (a.has_post != b.has_post) return a.has_post ? 1 : -1;
  if (a.has_post) {
    if (int r = num_cmp(a.post_number, b.post_number); r != 0) return r;
  }
  if (a.has_dev != b.has_dev) return a.has_dev ? -1 : 1;
  if (a.has_dev) {
    if (int r = num_cmp(a.dev_number, b.dev_number); r != 0) return r;
  }
  // Local versions: none < any; segments numeric > alphanumeric.
  const size_t m = a.local.size() > b.local.size() ? a.local.size() : b.local.size();
  for (size_t i = 0; i < m; ++i) {
    if (i >= a.local.size()) return -1;
    if (i >= b.local.size()) return 1;
    const std::string &x = a.local[i], &y = b.local[i];
    const bool nx = !x.empty() && x.find_first_not_of("0123456789") == std::string::npos;
    const bool ny = !y.empty() && y.find_first_not_of("0123456789") == std::string::npos;
    if (nx != ny) return nx ? 1 : -1;
    const int r = nx ? num_cmp(strip_zeros(x), strip_zeros(y)) : sign(x.compare(y));
    if (r != 0) return r;
  }
  return 0;
}

Result<int> pypi_compare(std::string_view a, std::string_view b) {
  VT_ASSIGN_OR_RETURN(PypiVersion x, parse_pypi_version(a));
  VT_ASSIGN_OR_RETURN(PypiVersion y, parse_pypi_version(b));
  return compare(x, y);
}

}  // namespace vt::version
