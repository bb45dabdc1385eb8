#include "commands.h"

namespace vt::cli {

std::vector<Registration>& registry() {
  static std::vector<Registration> r;
  return r;
}

}  // namespace vt::cli
