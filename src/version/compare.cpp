#include "version/compare.h"

#include <string>

#include "core/strings.h"
#include "version/apk_version.h"
#include "version/deb_version.h"
#include "version/generic_version.h"
#include "version/rpm_version.h"
#include "version/semver.h"

namespace vt::version {
namespace {

struct Alias {
  const char* name;
  Scheme scheme;
};

constexpr Alias kAliases[] = {
    {"rpm", Scheme::kRpm},         {"redhat", Scheme::kRpm},   {"fedora", Scheme::kRpm},
    {"centos", Scheme::kRpm},      {"rhel", Scheme::kRpm},     {"suse", Scheme::kRpm},
    {"mariner", Scheme::kRpm},     {"azurelinux", Scheme::kRpm}, {"deb", Scheme::kDeb},
    {"dpkg", Scheme::kDeb},        {"debian", Scheme::kDeb},   {"ubuntu", Scheme::kDeb},
    {"apk", Scheme::kApk},         {"alpine", Scheme::kApk},   {"semver", Scheme::kSemver},
    {"npm", Scheme::kSemver},      {"cargo", Scheme::kSemver}, {"generic", Scheme::kGeneric},
};

Error invalid(Scheme scheme, std::string_view v, std::string why) {
  return make_error(ErrorCode::kInvalidInput,
                    std::string("invalid ") + to_string(scheme) + " version '" + std::string(v) + "': " + why);
}

}  // namespace

Result<Scheme> parse_scheme(std::string_view name) {
  for (const Alias& a : kAliases)
    if (ascii_iequals(name, a.name)) return a.scheme;
  return make_error(ErrorCode::kUnsupported, "unknown version scheme '" + std::string(name) +
                                                 "', expected rpm, deb, apk, semver or generic");
}

const char* to_string(Scheme scheme) {
  switch (scheme) {
    case Scheme::kRpm: return "rpm";
    case Scheme::kDeb: return "deb";
    case Scheme::kApk: return "apk";
    case Scheme::kSemver: return "semver";
    case Scheme::kGeneric: return "generic";
  }
  return "?";
}

Status validate(Scheme scheme, std::string_view v) {
  switch (scheme) {
    case Scheme::kRpm: {
      auto r = parse_rpm_version(v);
      if (!r) return std::move(r).error();
      return {};
    }
    case Scheme::kDeb: {
      const DebParse p = parse_deb_version_lenient(v);
      if (p.syntax == DebSyntax::kError) return invalid(scheme, v, std::string(p.problem));
      return {};
    }
    case Scheme::kApk:
      if (!apk_version_valid(v))
        return invalid(scheme, v, "expected digit{.digit}...{letter}{_suffix{#}}...{~hash}{-r#}");
      return {};
    case Scheme::kSemver: {
      auto r = parse_semver(v);
      if (!r) return std::move(r).error();
      return {};
    }
    case Scheme::kGeneric:
      return {};
  }
  return make_error(ErrorCode::kInternal, "unhandled version scheme");
}

Result<int> compare(Scheme scheme, std::string_view a, std::string_view b) {
  switch (scheme) {
    case Scheme::kRpm: {
      VT_ASSIGN_OR_RETURN(RpmVersion x, parse_rpm_version(a));
      VT_ASSIGN_OR_RETURN(RpmVersion y, parse_rpm_version(b));
      return compare(x, y);
    }
    case Scheme::kDeb: {
      const DebParse x = parse_deb_version_lenient(a);
      if (x.syntax == DebSyntax::kError) return invalid(scheme, a, std::string(x.problem));
      const DebParse y = parse_deb_version_lenient(b);
      if (y.syntax == DebSyntax::kError) return invalid(scheme, b, std::string(y.problem));
      return compare(x.version, y.version);
    }
    case Scheme::kApk:
      VT_TRY(validate(scheme, a));
      VT_TRY(validate(scheme, b));
      return apk_compare(a, b);
    case Scheme::kSemver: {
      VT_ASSIGN_OR_RETURN(SemVer x, parse_semver(a));
      VT_ASSIGN_OR_RETURN(SemVer y, parse_semver(b));
      return compare(x, y);
    }
    case Scheme::kGeneric:
      return generic_compare(a, b);
  }
  return make_error(ErrorCode::kInternal, "unhandled version scheme");
}

Result<int> compare(std::string_view scheme, std::string_view a, std::string_view b) {
  VT_ASSIGN_OR_RETURN(Scheme s, parse_scheme(scheme));
  return compare(s, a, b);
}

}  // namespace vt::version
