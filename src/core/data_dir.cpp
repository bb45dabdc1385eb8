#include "core/data_dir.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>

namespace vt {
namespace {

std::mutex g_mutex;
std::string g_override;

// The marker file that proves a folder is our data directory.
bool looks_like_data_dir(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::exists(dir / "schemas/csaf/2.0/csaf_json_schema.json", ec);
}

std::filesystem::path self_dir() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return {};
  buf[n] = '\0';
  return std::filesystem::path(buf).parent_path();
}

}  // namespace

void set_data_dir(const std::string& dir) {
  std::lock_guard lock(g_mutex);
  g_override = dir;
}

Result<std::string> find_data_dir(const std::string& override_dir) {
  std::string chosen = override_dir;
  if (chosen.empty()) {
    std::lock_guard lock(g_mutex);
    chosen = g_override;
  }
  if (!chosen.empty()) {
    if (looks_like_data_dir(chosen)) return chosen;
    return make_error(ErrorCode::kNotFound,
                      "not a vextriage data directory (expected schemas/csaf/2.0/csaf_json_schema.json)",
                      chosen);
  }
  std::string tried;
  if (const char* env = std::getenv("VEXTRIAGE_DATA_DIR"); env && *env) {
    if (looks_like_data_dir(env)) return std::string(env);
    tried += std::string(env) + " ($VEXTRIAGE_DATA_DIR), ";
  }
  auto installed = self_dir() / "../share/vextriage";
  if (looks_like_data_dir(installed)) return std::filesystem::weakly_canonical(installed).string();
  tried += installed.string() + ", ";
#ifdef VT_BUILD_DATA_DIR
  if (looks_like_data_dir(VT_BUILD_DATA_DIR)) return std::string(VT_BUILD_DATA_DIR);
  tried += std::string(VT_BUILD_DATA_DIR);
#endif
  return make_error(ErrorCode::kNotFound,
                    "reference data (schemas, CWE catalogue) not found; looked in " + tried +
                        ". Pass --data-dir or set VEXTRIAGE_DATA_DIR");
}

}  // namespace vt
