#include "version/rpm_version.h"

#include <string>

namespace vt::version {
namespace {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }

}  // namespace

int rpmvercmp(std::string_view a, std::string_view b) {
  if (a == b) return 0;
  const char* p = a.data();
  const char* pe = p + a.size();
  const char* q = b.data();
  const char* qe = q + b.size();

  while (p < pe || q < qe) {
    while (p < pe && !is_alnum(*p) && *p != '~' && *p != '^') ++p;
    while (q < qe && !is_alnum(*q) && *q != '~' && *q != '^') ++q;

    // `~` sorts before anything, even the end of the string.
    const bool pt = p < pe && *p == '~';
    const bool qt = q < qe && *q == '~';
    if (pt || qt) {
      if (!pt) return 1;
      if (!qt) return -1;
      ++p;
      ++q;
      continue;
    }
    // `^` sorts after the end of the string but before anything else.
    const bool pc = p < pe && *p == '^';
    const bool qc = q < qe && *q == '^';
    if (pc || qc) {
      if (p == pe) return -1;
      if (q == qe) return 1;
      if (!pc) return 1;
      if (!qc) return -1;
      ++p;
      ++q;
      continue;
    }
    if (p == pe || q == qe) break;

    const char* ps = p;
    const char* qs = q;
    const bool numeric = is_digit(*p);
    if (numeric) {
      while (p < pe && is_digit(*p)) ++p;
      while (q < qe && is_digit(*q)) ++q;
    } else {
      while (p < pe && is_alpha(*p)) ++p;
      while (q < qe && is_alpha(*q)) ++q;
    }
    // Different segment types: the numeric one is newer.
    if (q == qs) return numeric ? 1 : -1;

    if (numeric) {
      while (ps < p && *ps == '0') ++ps;
      while (qs < q && *qs == '0') ++qs;
      const auto plen = p - ps;
      const auto qlen = q - qs;
      if (plen != qlen) return plen > qlen ? 1 : -1;
    }
    const std::string_view pseg(ps, static_cast<size_t>(p - ps));
    const std::string_view qseg(qs, static_cast<size_t>(q - qs));
    const int rc = pseg.compare(qseg);
    if (rc != 0) return rc < 0 ? -1 : 1;
  }
  if (p == pe && q == qe) return 0;
  return p == pe ? -1 : 1;
}

Result<RpmVersion> parse_rpm_version(std::string_view evr) {
  if (evr.empty()) return make_error(ErrorCode::kInvalidInput, "empty rpm version, expected [epoch:]version[-release]");
  if (evr.find('\0') != std::string_view::npos)
    return make_error(ErrorCode::kInvalidInput, "rpm version contains a NUL byte");
  RpmVersion v;
  size_t s = 0;
  while (s < evr.size() && is_digit(evr[s])) ++s;
  std::string_view rest = evr;
  if (s < evr.size() && evr[s] == ':') {
    v.has_epoch = true;
    v.epoch = evr.substr(0, s);
    rest = evr.substr(s + 1);
  }
  const size_t dash = rest.rfind('-');
  if (dash != std::string_view::npos) {
    v.has_release = true;
    v.release = rest.substr(dash + 1);
    rest = rest.substr(0, dash);
  }
  v.version = rest;
  if (v.version.empty())
    return make_error(ErrorCode::kInvalidInput,
                      "rpm version '" + std::string(evr) + "' has an empty version part");
  return v;
}

int compare(const RpmVersion& a, const RpmVersion& b) {
  const std::string_view ea = a.has_epoch && !a.epoch.empty() ? a.epoch : std::string_view("0");
  const std::string_view eb = b.has_epoch && !b.epoch.empty() ? b.epoch : std::string_view("0");
  int rc = rpmvercmp(ea, eb);
  if (rc != 0) return rc;
  rc = rpmvercmp(a.version, b.version);
  if (rc != 0) return rc;
  // As rpmverCmp: a release, even an empty one, is newer than none.
  if (a.has_release != b.has_release) return a.has_release ? 1 : -1;
  return rpmvercmp(a.release, b.release);
}

}  // namespace vt::version
