// rpm's SQLite backend: table Packages(hnum INTEGER PRIMARY KEY, blob BLOB).
// The database (and its WAL, which may hold committed rows) is copied into
// a private temporary directory and opened there: the artifact is never
// written to, and SQLite applies the WAL as it would on the host.
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>

#include "core/file.h"
#include "inventory/rpm_storage.h"

namespace vt::inventory {
namespace {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "vextriage-rpmdb-XXXXXX").string();
    if (::mkdtemp(tmpl.data())) path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

Result<std::vector<std::string>> rpm_blobs_from_sqlite(std::string_view file, std::string_view wal,
                                                       const std::string& where) {
  auto bad = [&](std::string m) { return make_error(ErrorCode::kInvalidInput, "rpm SQLite: " + m, where); };
  if (file.substr(0, 16) != std::string_view("SQLite format 3\0", 16)) return bad("not an SQLite database");
  TempDir dir;
  if (dir.path().empty()) return make_error(ErrorCode::kIo, "cannot create a temporary directory", where);
  std::string db_path = dir.path() + "/rpmdb.sqlite";
  VT_TRY(write_file_atomic(db_path, file));
  if (!wal.empty()) VT_TRY(write_file_atomic(db_path + "-wal", wal));

  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
  auto close = [&] { sqlite3_close(db); };
  if (rc != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "out of memory";
    close();
    return bad(m);
  }
  // Hostile databases: no schema-defined code, strict page checks.
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  sqlite3_exec(db, "PRAGMA cell_size_check=ON", nullptr, nullptr, nullptr);

  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT blob FROM Packages", -1, &stmt, nullptr) != SQLITE_OK) {
    std::string m = sqlite3_errmsg(db);
    close();
    return bad(m);
  }
  std::vector<std::string> blobs;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    const void* data = sqlite3_column_blob(stmt, 0);
    int len = sqlite3_column_bytes(stmt, 0);
    if (data && len > 0) blobs.emplace_back(static_cast<const char*>(data), static_cast<std::size_t>(len));
  }
  std::string err = rc == SQLITE_DONE ? "" : sqlite3_errmsg(db);
  sqlite3_finalize(stmt);
  close();
  if (!err.empty()) return bad(err);
  return blobs;
}

}  // namespace vt::inventory
