// Random version strings built from real ones (the package databases under
// ../shared/fixtures/pkgdb), mixed and mutated with a fixed seed, for the
// differential tests against librpm/libdpkg and the benchmark. Header-only
// test support: nothing in the product uses it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace vt::version::testing {

struct VersionPool {
  std::vector<std::string> rpm;  // [epoch:]version-release from rpm databases
  std::vector<std::string> deb;  // Version: fields of dpkg status files
};

// Reads every expected.tsv of an rpm fixture and every dpkg status file
// (status, status.d/*) under `pkgdb_dir`.
inline VersionPool load_version_pool(const std::string& pkgdb_dir) {
  namespace fs = std::filesystem;
  VersionPool pool;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(pkgdb_dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    const fs::path p = it->path();
    const std::string dir = p.parent_path().filename().string();
    const std::string top = p.parent_path().parent_path().filename().string();
    std::ifstream in(p);
    std::string line;
    if (p.filename() == "expected.tsv" && dir.rfind("rpm-", 0) == 0) {
      while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::string field;
        std::istringstream fs_(line);
        while (std::getline(fs_, field, '\t')) f.push_back(field);
        if (f.size() < 4 || f[2].empty()) continue;
        std::string evr = (f[1].empty() || f[1] == "0") ? "" : f[1] + ":";
        evr += f[2];
        if (!f[3].empty()) evr += "-" + f[3];
        pool.rpm.push_back(evr);
      }
    } else if (p.filename() == "status" || dir == "status.d" || top == "status.d") {
      while (std::getline(in, line)) {
        if (line.rfind("Version: ", 0) == 0) pool.deb.push_back(line.substr(9));
      }
    }
  }
  return pool;
}

// Mutations that stress the tricky rules: `~` and `^`, epochs, leading
// zeros, letters against digits, other separators, swapped segments.
class VersionMutator {
 public:
  explicit VersionMutator(uint64_t seed) : rng_(seed) {}

  size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(rng_() % n); }
  bool coin(int percent) { return below(100) < static_cast<size_t>(percent); }

  const std::string& pick(const std::vector<std::string>& v) { return v[below(v.size())]; }

  std::string mutate(std::string s, const std::vector<std::string>& pool) {
    const int rounds = static_cast<int>(below(3));
    for (int i = 0; i < rounds; ++i) s = mutate_once(std::move(s), pool);
    return s;
  }

 private:
  std::string mutate_once(std::string s, const std::vector<std::string>& pool) {
    static const char* kTails[] = {"~rc1", "~beta2", "~", "~~", "^git1", "^", "^20240101", "a", "p1",
                                   ".0", "+dfsg", "+b1", "-1", "-0", ".1", "~1", "^1~2", "build3"};
    static const char kSeparators[] = {'.', '_', '+', '~', '^', '-', ':', 'a', 'Z', '0'};
    switch (below(10)) {
      case 0:  // append a tail
        s += kTails[below(sizeof(kTails) / sizeof(kTails[0]))];
        break;
      case 1:  // epoch
        s = std::to_string(below(4)) + ":" + strip_epoch(s);
        break;
      case 2: {  // swap two dot segments
        std::vector<std::string> seg;
        std::string cur;
        for (char c : s) {
          if (c == '.') { seg.push_back(cur); cur.clear(); } else { cur += c; }
        }
        seg.push_back(cur);
        if (seg.size() > 1) std::swap(seg[below(seg.size())], seg[below(seg.size())]);
        s.clear();
        for (size_t k = 0; k < seg.size(); ++k) s += (k ? "." : "") + seg[k];
        break;
      }
      case 3:  // graft the tail of another real version
        if (!pool.empty()) {
          const std::string& o = pick(pool);
          s = s.substr(0, below(s.size() + 1)) + o.substr(below(o.size() + 1));
        }
        break;
      case 4:  // leading zeros on a digit run
        for (size_t k = 0; k < s.size(); ++k)
          if (s[k] >= '0' && s[k] <= '9' && (k == 0 || !(s[k - 1] >= '0' && s[k - 1] <= '9')) && coin(50)) {
            s.insert(k, "0");
            break;
          }
        break;
      case 5:  // change one character to a separator, letter or digit
        if (!s.empty()) s[below(s.size())] = kSeparators[below(sizeof(kSeparators))];
        break;
      case 6:  // bump a digit
        for (size_t k = 0; k < s.size(); ++k)
          if (s[k] >= '0' && s[k] <= '8' && coin(30)) {
            s[k] = static_cast<char>(s[k] + 1);
            break;
          }
        break;
      case 8:  // any byte but NUL (C peers cannot see past one)
        if (!s.empty() && coin(50)) s[below(s.size())] = static_cast<char>(1 + below(255));
        break;
      case 7:  // truncate
        if (s.size() > 1) s.resize(1 + below(s.size() - 1));
        break;
      default:  // the same version again (equal pairs matter too)
        break;
    }
    return s;
  }

  static std::string strip_epoch(const std::string& s) {
    size_t k = 0;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
    return (k < s.size() && s[k] == ':') ? s.substr(k + 1) : s;
  }

  std::mt19937_64 rng_;
};

// `count` pairs: a real or mutated version against a related one (same
// source string mutated, 50%) or any other (50%), so that both near-equal
// and unrelated pairs occur.
inline std::vector<std::pair<std::string, std::string>> make_pairs(const std::vector<std::string>& pool,
                                                                   size_t count, uint64_t seed) {
  VersionMutator m(seed);
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(count);
  if (pool.empty()) return out;
  for (size_t i = 0; i < count; ++i) {
    const std::string& base = m.pick(pool);
    std::string a = m.mutate(base, pool);
    std::string b = m.coin(50) ? m.mutate(base, pool) : m.mutate(m.pick(pool), pool);
    out.emplace_back(std::move(a), std::move(b));
  }
  return out;
}

}  // namespace vt::version::testing
