// Kernel source file -> the CONFIG_* options that must all be on for it to
// be built, generated from the kernel's own Makefiles and Kconfig files by
// tools/kernel-config-map/ and shipped in the data directory (kernel/).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"

namespace vt::triage {

// How Kconfig declares an option: a tristate one can be built as a module.
enum class OptionType { kUnknown, kBool, kTristate };

class KernelConfigMap {
 public:
  // Reads <data_dir>/kernel/config-map.tsv and kernel/option-types.tsv; both
  // must name the same kernel version.
  static Result<KernelConfigMap> load(const std::string& data_dir);
  // Parses config-map.tsv's text; `where` names it in errors (with line numbers).
  static Result<KernelConfigMap> parse(std::string_view text, const std::string& where);
  // Adds option-types.tsv's text ("CONFIG_X<TAB>tristate|bool").
  Status add_option_types(std::string_view text, const std::string& where);

  // The options a file needs, all of them (empty: built whenever the kernel
  // is). nullptr: the file is not in the table (a header, another
  // architecture's file, a file newer than the table), so it cannot be gated.
  const std::vector<std::string>* options_for(std::string_view path) const;
  OptionType option_type(std::string_view option) const;
  const std::string& kernel_version() const { return kernel_version_; }
  std::size_t size() const { return files_.size(); }

 private:
  std::string kernel_version_;
  std::unordered_map<std::string, std::vector<std::string>> files_;
  std::unordered_map<std::string, OptionType> types_;
};

}  // namespace vt::triage
