#include "triage/kernel_config_map.h"

#include "core/file.h"

namespace vt::triage {
namespace {

constexpr std::string_view kVersionHeader = "# kernel ";
constexpr std::string_view kOptionPrefix = "CONFIG_";

// Calls `row(line_no, line)` for every line that is not empty or a comment,
// and records the "# kernel VERSION" header in `version`.
template <typename Row>
Status for_each_row(std::string_view text, std::string& version, Row&& row) {
  std::size_t line_no = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (line.empty()) continue;
    if (line[0] == '#') {
      if (line.substr(0, kVersionHeader.size()) == kVersionHeader && version.empty())
        version = std::string(line.substr(kVersionHeader.size()));
      continue;
    }
    VT_TRY(row(line_no, line));
  }
  return {};
}

bool is_option(std::string_view o) {
  return o.size() > kOptionPrefix.size() && o.substr(0, kOptionPrefix.size()) == kOptionPrefix;
}

}  // namespace

Result<KernelConfigMap> KernelConfigMap::load(const std::string& data_dir) {
  const std::string path = data_dir + "/kernel/config-map.tsv";
  VT_ASSIGN_OR_RETURN(std::string text, read_file(path, 64ull << 20));
  VT_ASSIGN_OR_RETURN(KernelConfigMap map, parse(text, path));
  const std::string types_path = data_dir + "/kernel/option-types.tsv";
  VT_ASSIGN_OR_RETURN(std::string types, read_file(types_path, 16ull << 20));
  VT_TRY(map.add_option_types(types, types_path));
  return map;
}

Result<KernelConfigMap> KernelConfigMap::parse(std::string_view text, const std::string& where) {
  KernelConfigMap map;
  Status st = for_each_row(text, map.kernel_version_, [&](std::size_t line_no, std::string_view line) -> Status {
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
        if (!is_option(o))
          return make_error(ErrorCode::kInvalidInput, "options are CONFIG_* names, got \"" + std::string(o) + "\"",
                            where + ":" + std::to_string(line_no));
        options.emplace_back(o);
      }
      s = comma + 1;
    }
    map.files_[std::string(line.substr(0, tab))] = std::move(options);
    return {};
  });
  if (!st.ok()) return st.error();
  if (map.kernel_version_.empty())
    return make_error(ErrorCode::kInvalidInput, "no \"# kernel VERSION\" header line", where);
  return map;
}

Status KernelConfigMap::add_option_types(std::string_view text, const std::string& where) {
  std::string version;
  std::unordered_map<std::string, OptionType> types;
  VT_TRY(for_each_row(text, version, [&](std::size_t line_no, std::string_view line) -> Status {
    const std::size_t tab = line.find('\t');
    const std::string_view name = line.substr(0, tab);
    const std::string_view kind = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    if (!is_option(name) || (kind != "tristate" && kind != "bool"))
      return make_error(ErrorCode::kInvalidInput, "expected \"CONFIG_X<TAB>tristate\" or \"CONFIG_X<TAB>bool\"",
                        where + ":" + std::to_string(line_no));
    types[std::string(name)] = kind == "tristate" ? OptionType::kTristate : OptionType::kBool;
    return {};
  }));
  if (version != kernel_version_)
    return make_error(ErrorCode::kInvalidInput,
                      "made from kernel \"" + version + "\", the file table from \"" + kernel_version_ +
                          "\": regenerate both with tools/kernel-config-map/generate.py",
                      where);
  types_ = std::move(types);
  return {};
}

const std::vector<std::string>* KernelConfigMap::options_for(std::string_view path) const {
  auto it = files_.find(std::string(path));
  return it == files_.end() ? nullptr : &it->second;
}

OptionType KernelConfigMap::option_type(std::string_view option) const {
  auto it = types_.find(std::string(option));
  return it == types_.end() ? OptionType::kUnknown : it->second;
}

}  // namespace vt::triage
