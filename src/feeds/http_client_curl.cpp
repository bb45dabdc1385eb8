#include <curl/curl.h>

#include <algorithm>

#include "core/strings.h"
#include "feeds/http_client.h"

namespace vt::feeds {
namespace {

// libcurl's global state, once per process.
struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
  ~CurlGlobal() { curl_global_cleanup(); }
};

struct Transfer {
  HttpResponse response;
  std::size_t limit = 0;
  bool too_big = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t bytes = size * n;
  if (t->response.body.size() + bytes > t->limit) {
    t->too_big = true;
    return 0;  // aborts the transfer
  }
  t->response.body.append(data, bytes);
  return bytes;
}

std::size_t on_header(char* data, std::size_t size, std::size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string_view line(data, size * n);
  const std::size_t colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string name = ascii_lowered(line.substr(0, colon));
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
      value.remove_prefix(1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
      value.remove_suffix(1);
    t->response.headers.emplace_back(std::move(name), std::string(value));
  }
  return size * n;
}

class CurlClient final : public HttpClient {
 public:
  explicit CurlClient(HttpClientOptions options)
      : options_(std::move(options)), curl_(curl_easy_init()) {
    for (const auto& r : options_.resolve) resolve_ = curl_slist_append(resolve_, r.c_str());
    for (const auto& r : options_.connect_to)
      connect_to_ = curl_slist_append(connect_to_, r.c_str());
  }
  ~CurlClient() override {
    curl_slist_free_all(resolve_);
    curl_slist_free_all(connect_to_);
    curl_easy_cleanup(curl_);
  }

  Result<HttpResponse> fetch(const HttpRequest& request) override {
    if (!curl_) return make_error(ErrorCode::kIo, "cannot start libcurl", request.url);
    CURL* c = curl_;
    curl_easy_reset(c);
    Transfer t;
    t.limit = options_.max_body_bytes;
    curl_easy_setopt(c, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_NOBODY, request.method == "HEAD" ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options_.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, options_.ca_file.c_str());
    if (resolve_) curl_easy_setopt(c, CURLOPT_RESOLVE, resolve_);
    if (connect_to_) curl_easy_setopt(c, CURLOPT_CONNECT_TO, connect_to_);
    // A server that trickles: give up after low_speed_seconds under 1 KB/s.
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1024L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, options_.low_speed_seconds);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, options_.timeout_seconds);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, std::min(options_.timeout_seconds, 10L));
    curl_easy_setopt(c, CURLOPT_USERAGENT, options_.user_agent.c_str());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &t);
    curl_slist* headers = nullptr;
    for (const auto& [k, v] : request.headers)
      headers = curl_slist_append(headers, (k + ": " + v).c_str());
    if (headers) curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    const CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(headers);
    if (t.too_big)
      return make_error(
          ErrorCode::kLimit,
          "the response is larger than " + std::to_string(options_.max_body_bytes) + " bytes",
          request.url);
    if (rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CACERT_BADFILE ||
        rc == CURLE_SSL_CERTPROBLEM)
      return make_error(ErrorCode::kIntegrity, std::string("TLS: ") + curl_easy_strerror(rc),
                        request.url);
    if (rc != CURLE_OK) return make_error(ErrorCode::kIo, curl_easy_strerror(rc), request.url);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    t.response.status = static_cast<int>(status);
    return std::move(t.response);
  }

 private:
  HttpClientOptions options_;
  CURL* curl_;
  curl_slist* resolve_ = nullptr;
  curl_slist* connect_to_ = nullptr;
};

}  // namespace

std::string HttpResponse::header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (k == name) return v;
  return {};
}

std::unique_ptr<HttpClient> make_curl_client(const HttpClientOptions& options) {
  static CurlGlobal global;
  return std::make_unique<CurlClient>(options);
}

}  // namespace vt::feeds
