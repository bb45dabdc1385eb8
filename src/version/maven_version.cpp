#include "version/maven_version.h"

#include <memory>
#include <string>
#include <vector>

namespace vt::version {
namespace {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr size_t kMaxMavenVersion = 1024;
int sign(int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

struct Item {
  enum Kind { kInt, kString, kList } kind = kInt;
  std::string text;               // kInt: digits without leading zeros ("0" for zero); kString: qualifier
  std::vector<std::unique_ptr<Item>> list;

  bool is_null() const;
};

// Known qualifiers map to their rank, unknown ones sort after all of them
// lexically: the same keys Maven compares as strings.
std::string qualifier_key(const std::string& q) {
  static const char* kQualifiers[] = {"alpha", "beta", "milestone", "rc", "snapshot", "", "sp"};
  for (int i = 0; i < 7; ++i)
    if (q == kQualifiers[i]) return std::to_string(i);
  return "7-" + q;
}
const std::string kReleaseKey = "5";

bool Item::is_null() const {
  switch (kind) {
    case kInt: return text == "0";
    case kString: return qualifier_key(text) == kReleaseKey;
    case kList: return list.empty();
  }
  return false;
}

std::unique_ptr<Item> make_int(std::string_view digits) {
  auto it = std::make_unique<Item>();
  while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
  it->text = std::string(digits);
  return it;
}

std::unique_ptr<Item> make_string(std::string value, bool followed_by_digit) {
  auto it = std::make_unique<Item>();
  it->kind = Item::kString;
  if (followed_by_digit && value.size() == 1) {
    if (value == "a") value = "alpha";
    else if (value == "b") value = "beta";
    else if (value == "m") value = "milestone";
  }
  if (value == "ga" || value == "final") value = "";
  else if (value == "cr") value = "rc";
  it->text = std::move(value);
  return it;
}

std::unique_ptr<Item> make_item(bool digit, std::string_view buf) {
  return digit ? make_int(buf) : make_string(std::string(buf), false);
}

std::unique_ptr<Item> make_list() {
  auto it = std::make_unique<Item>();
  it->kind = Item::kList;
  return it;
}

void normalize(Item& list) {
  for (size_t i = list.list.size(); i-- > 0;) {
    const Item& last = *list.list[i];
    if (last.is_null()) list.list.erase(list.list.begin() + static_cast<long>(i));
    else if (last.kind != Item::kList) break;
  }
}

std::unique_ptr<Item> parse(std::string_view input) {
  std::string v(input);
  for (char& c : v)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  auto root = make_list();
  std::vector<Item*> stack{root.get()};
  Item* list = root.get();
  auto push_list = [&] {
    auto child = make_list();
    Item* raw = child.get();
    list->list.push_back(std::move(child));
    list = raw;
    stack.push_back(raw);
  };
  bool digit = false;
  size_t start = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '.' || c == '-') {
      if (i == start) list->list.push_back(make_int("0"));
      else list->list.push_back(make_item(digit, std::string_view(v).substr(start, i - start)));
      start = i + 1;
      if (c == '-') push_list();
    } else if (is_digit(c)) {
      if (!digit && i > start) {
        list->list.push_back(make_string(v.substr(start, i - start), true));
        start = i;
        push_list();
      }
      digit = true;
    } else {
      if (digit && i > start) {
        list->list.push_back(make_item(true, std::string_view(v).substr(start, i - start)));
        start = i;
        push_list();
      }
      digit = false;
    }
  }
  if (v.size() > start) list->list.push_back(make_item(digit, std::string_view(v).substr(start)));
  for (size_t i = stack.size(); i-- > 0;) normalize(*stack[i]);
  return root;
}

// Item order; `b` may be null (a missing item on the shorter side).
int compare_items(const Item& a, const Item* b) {
  switch (a.kind) {
    case Item::kInt:
      if (!b) return a.text == "0" ? 0 : 1;
      if (b->kind != Item::kInt) return 1;  // 1.1 > 1-sp, 1.1 > 1-1
      if (a.text.size() != b->text.size()) return a.text.size() < b->text.size() ? -1 : 1;
      return sign(a.text.compare(b->text));
    case Item::kString:
      if (!b) return sign(qualifier_key(a.text).compare(kReleaseKey));  // 1-rc < 1, 1-sp > 1
      if (b->kind != Item::kString) return -1;
      return sign(qualifier_key(a.text).compare(qualifier_key(b->text)));
    case Item::kList: {
      if (!b) return a.list.empty() ? 0 : compare_items(*a.list[0], nullptr);
      if (b->kind == Item::kInt) return -1;    // 1-1 < 1.0.x
      if (b->kind == Item::kString) return 1;  // 1-1 > 1-sp
      const size_t n = a.list.size() > b->list.size() ? a.list.size() : b->list.size();
      for (size_t i = 0; i < n; ++i) {
        const Item* l = i < a.list.size() ? a.list[i].get() : nullptr;
        const Item* r = i < b->list.size() ? b->list[i].get() : nullptr;
        const int result = l ? compare_items(*l, r) : (r ? -compare_items(*r, nullptr) : 0);
        if (result != 0) return result;
      }
      return 0;
    }
  }
  return 0;
}

}  // namespace

Result<int> maven_compare(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return make_error(ErrorCode::kInvalidInput, "empty Maven version");
  // Each '-' or letter/digit switch opens a nested list, and comparison
  // recurses through them: bound the nesting hostile input can ask for.
  for (std::string_view v : {a, b})
    if (v.size() > kMaxMavenVersion)
      return make_error(ErrorCode::kLimit, "Maven version longer than " + std::to_string(kMaxMavenVersion) + " bytes");
  const auto x = parse(a);
  const auto y = parse(b);
  return compare_items(*x, y.get());
}

}  // namespace vt::version
