// Internal: the per-version calculators behind cvss::compute().
#pragma once

#include "validation/cvss/cvss.h"

namespace vt::validation::cvss {

Scores compute_v2(const Vector& v);
Scores compute_v3(const Vector& v);

}  // namespace vt::validation::cvss
