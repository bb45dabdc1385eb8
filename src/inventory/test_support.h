// Shared helpers of the inventory tests: reading the fixtures' TSV files.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace vt::inventory::testing {

inline std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cols;
    std::size_t i = 0;
    for (;;) {
      std::size_t j = line.find('\t', i);
      cols.push_back(line.substr(i, j == std::string::npos ? std::string::npos : j - i));
      if (j == std::string::npos) break;
      i = j + 1;
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace vt::inventory::testing
