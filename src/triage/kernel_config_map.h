// Kernel source file -> the CONFIG_* options that must all be on for it to
// be built, generated from the kernel's own Makefiles by
// tools/kernel-config-map/ (the table names the kernel version it was made
// from) and shipped in the data directory (kernel/config-map.tsv).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"

namespace vt::triage {

class KernelConfigMap {
 public:
  // Reads <data_dir>/kernel/config-map.tsv.
  static Result<KernelConfigMap> load(const std::string& data_dir);
  // Parses the table's text; `where` names it in errors (with line numbers).
  static Result<KernelConfigMap> parse(std::string_view text, const std::string& where);

  // nullptr: the file is not in the table, so it cannot be gated.
  const std::vector<std::string>* options_for(std::string_view path) const;
  const std::string& kernel_version() const { return kernel_version_; }
  std::size_t size() const { return files_.size(); }

 private:
  std::string kernel_version_;
  std::unordered_map<std::string, std::vector<std::string>> files_;
};

}  // namespace vt::triage
