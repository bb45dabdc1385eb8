#include "feeds/local_tree_client.h"

#include <filesystem>

#include "core/file.h"
#include "feeds/fetcher.h"

namespace vt::feeds {
namespace {

class LocalTreeClient final : public HttpClient {
 public:
  LocalTreeClient(std::string origin, std::string directory)
      : origin_(std::move(origin)), directory_(std::move(directory)) {}

  Result<HttpResponse> fetch(const HttpRequest& request) override {
    HttpResponse r;
    r.status = 404;
    if (origin_of(request.url) != origin_) return r;
    std::string path = request.url.substr(origin_.size());
    path = path.substr(0, path.find_first_of("?#"));
    // Never outside the tree: no "..", no backslashes, no NUL.
    if (path.find("..") != std::string::npos || path.find('\\') != std::string::npos ||
        path.find('\0') != std::string::npos)
      return r;
    std::string file = directory_ + path;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return r;
    VT_ASSIGN_OR_RETURN(std::string body, read_file(file, 512u << 20));
    r.status = 200;
    r.body = std::move(body);
    return r;
  }

 private:
  std::string origin_, directory_;
};

}  // namespace

std::unique_ptr<HttpClient> make_local_tree_client(std::string origin, std::string directory) {
  while (!directory.empty() && directory.back() == '/') directory.pop_back();
  return std::make_unique<LocalTreeClient>(std::move(origin), std::move(directory));
}

}  // namespace vt::feeds
