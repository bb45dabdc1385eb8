// Python package versions (PEP 440): [N!]N(.N)*[{a|b|rc}N][.postN][.devN]
// [+local], with the spellings PEP 440 normalises (alpha, beta, c, pre,
// preview, rev, r, "-N" post releases, `-`/`_`/`.` separators, leading v).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace vt::version {

struct PypiVersion {
  std::string epoch = "0";             // digits without leading zeros
  std::vector<std::string> release;    // numbers without leading zeros, trailing zeros dropped
  int pre_kind = -1;                   // -1 none, 0 a, 1 b, 2 rc
  std::string pre_number;
  bool has_post = false;
  std::string post_number;
  bool has_dev = false;
  std::string dev_number;
  std::vector<std::string> local;      // lowercase segments
};

Result<PypiVersion> parse_pypi_version(std::string_view text);

// PEP 440 ordering: dev releases before pre-releases before the release
// before post releases; a local version sorts after its public one.
int compare(const PypiVersion& a, const PypiVersion& b);

Result<int> pypi_compare(std::string_view a, std::string_view b);

}  // namespace vt::version
