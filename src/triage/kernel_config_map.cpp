#include "triage/kernel_config_map.h"

#include "core/file.h"

namespace vt::triage {

Result<KernelConfigMap> KernelConfigMap::load(const std::string& data_dir) {
  const std::string path = data_dir + "/kernel/config-map.tsv";
  VT_ASSIGN_OR_RETURN(std::string text, read_file(path, 64ull << 20));
  return parse(text, path);
}

Result<KernelConfigMap> KernelConfigMap::parse(std::string_view text, const std::string& where) {
  KernelConfigMap map;
  std::size_t line_no = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (line.empty()) continue;
    if (line[0] == '#') {
      constexpr std::string_view kVersion = "# kernel ";
      if (line.substr(0, kVersion.size()) == kVersion) map.kernel_version_ = std::string(line.substr(kVersion.size()));
      continue;
    }
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0)
      return make_error(ErrorCode::kInvalidInput, "expected \"path<TAB>CONFIG_A,CONFIG_B\"",
                        where + ":" + std::to_string(line_no));
    std::vector<std::string> options;
    std::string_view list = line.substr(tab + 1);
    for (std::size_t s = 0; s <= list.size();) {
      std::size_t comma = list.find(',', s);
      if (comma == std::string_view::npos) comma = list.size();
      std::string_view o = list.substr(s, comma - s);
      if (!o.empty()) {
        if (o.substr(0, 7) != "CONFIG_")
          return make_error(ErrorCode::kInvalidInput, "options are CONFIG_* names, got \"" + std::string(o) + "\"",
                            where + ":" + std::to_string(line_no));
        options.emplace_back(o);
      }
      s = comma + 1;
    }
    map.files_[std::string(line.substr(0, tab))] = std::move(options);
  }
  if (map.kernel_version_.empty())
    return make_error(ErrorCode::kInvalidInput, "no \"# kernel VERSION\" header line", where);
  return map;
}

const std::vector<std::string>* KernelConfigMap::options_for(std::string_view path) const {
  auto it = files_.find(std::string(path));
  return it == files_.end() ? nullptr : &it->second;
}

}  // namespace vt::triage
