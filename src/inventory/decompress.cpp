#include "inventory/decompress.h"

#include <archive.h>
#include <archive_entry.h>

namespace vt::inventory {
namespace {

Result<std::string> run(std::string_view data, std::uint64_t max_out, const std::string& where, bool prefix) {
  archive* a = archive_read_new();
  archive_read_support_filter_all(a);
  archive_read_support_format_raw(a);
  auto fail = [&](std::string m) {
    archive_read_free(a);
    return make_error(ErrorCode::kInvalidInput, m, where);
  };
  if (archive_read_open_memory(a, data.data(), data.size()) != ARCHIVE_OK)
    return fail(std::string("cannot decompress: ") + (archive_error_string(a) ? archive_error_string(a) : "unknown format"));
  if (archive_filter_count(a) <= 1 && archive_filter_code(a, 0) == ARCHIVE_FILTER_NONE)
    return fail("not compressed with a known method");
  archive_entry* entry = nullptr;
  if (archive_read_next_header(a, &entry) != ARCHIVE_OK)
    return fail(std::string("cannot decompress: ") + (archive_error_string(a) ? archive_error_string(a) : "?"));
  std::string out;
  char buf[1 << 16];
  for (;;) {
    la_ssize_t n = archive_read_data(a, buf, sizeof buf);
    if (n < 0) {
      if (prefix && !out.empty()) break;  // trailing garbage after the stream
      return fail(std::string("corrupt compressed data: ") + (archive_error_string(a) ? archive_error_string(a) : "?"));
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::uint64_t>(n) > max_out) {
      if (prefix) {
        out.append(buf, static_cast<std::size_t>(max_out - out.size()));
        break;
      }
      archive_read_free(a);
      return make_error(ErrorCode::kLimit,
                        "decompressed size exceeds the limit of " + std::to_string(max_out) +
                            " bytes (a decompression bomb?)",
                        where);
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  archive_read_free(a);
  return out;
}

}  // namespace

Result<std::string> decompress(std::string_view data, std::uint64_t max_out, const std::string& where) {
  return run(data, max_out, where, false);
}

Result<std::string> decompress_prefix(std::string_view data, std::uint64_t max_out, const std::string& where) {
  return run(data, max_out, where, true);
}

}  // namespace vt::inventory
