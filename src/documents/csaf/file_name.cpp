#include "documents/csaf/file_name.h"

#include "core/strings.h"

namespace vt::csaf {

std::string file_name_for(std::string_view tracking_id) {
  std::string out;
  bool in_run = false;
  for (char ch : tracking_id) {
    const char c = ascii_lower(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-') {
      out += c;
      in_run = false;
    } else if (!in_run) {
      out += '_';
      in_run = true;
    }
  }
  return out + ".json";
}

}  // namespace vt::csaf
