// CVSS v4.0 scores of the vectors on standard input, one a line, for the
// differential run against ae-cvss-calculator (bench/cvss4_diff.sh). Prints
// the score with one decimal, or "invalid: MESSAGE" when the vector is not a
// valid CVSS v4.0 vector string.
#include <cstdio>
#include <iostream>
#include <string>

#include "core/data_dir.h"
#include "validation/cvss/cvss_v4.h"

int main() {
  using namespace vt::validation::cvss;
  auto dir = vt::find_data_dir();
  if (!dir.ok()) {
    std::cerr << dir.error().to_string() << "\n";
    return 2;
  }
  auto table = MacroVectorTable::load(*dir);
  if (!table.ok()) {
    std::cerr << table.error().to_string() << "\n";
    return 2;
  }
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    auto v = parse_v4_vector(line);
    if (!v.ok()) {
      std::cout << "invalid: " << v.error().message << "\n";
      continue;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", score_v4(*v, *table));
    std::cout << buf << "\n";
  }
  return 0;
}
