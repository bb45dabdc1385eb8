// Where the run-time reference data (schemas, catalogues) lives.
#pragma once

#include <string>

#include "core/result.h"

namespace vt {

// Finds the data directory, in this order: `override_dir` (--data-dir),
// $VEXTRIAGE_DATA_DIR, ../share/vextriage next to the running binary, the
// build tree's copy. Fails with a message naming every place it looked.
Result<std::string> find_data_dir(const std::string& override_dir = {});

// Sets the directory that find_data_dir() returns from now on (for --data-dir).
void set_data_dir(const std::string& dir);

}  // namespace vt
