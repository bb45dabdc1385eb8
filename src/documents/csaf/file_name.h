// The file name section 5.1 gives a CSAF document, from its tracking id: used
// by validation (6.2.11) and by feeds, which refuse a misnamed document.
#pragma once

#include <string>
#include <string_view>

namespace vt::csaf {

// Lowercased; every run of characters outside [+-a-z0-9] becomes one '_';
// ".json" appended. "Example Company - 2019:YH3234" ->
// "example_company_-_2019_yh3234.json".
std::string file_name_for(std::string_view tracking_id);

}  // namespace vt::csaf
