// The HttpClient seam: everything vextriage fetches goes through it, so that
// tests use a real server on loopback or a fake, and the rest of the code
// never sees libcurl. TLS verification is always on (a CA bundle may be
// added); proxy variables (https_proxy, no_proxy) are honoured.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace vt::feeds {

struct HttpRequest {
  std::string url;
  std::string method = "GET";  // GET or HEAD
  std::vector<std::pair<std::string, std::string>> headers;
};

struct HttpResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lowercase
  std::string body;
  std::string header(std::string_view name) const;  // "" when absent
};

class HttpClient {
 public:
  virtual ~HttpClient() = default;
  // Redirects are not followed: a 3xx is an answer (URL checks count it as
  // resolving; feeds follow Location themselves, checking where it goes).
  virtual Result<HttpResponse> fetch(const HttpRequest& request) = 0;
};

struct HttpClientOptions {
  std::string ca_file;                  // extra trusted CA bundle (PEM)
  std::vector<std::string> resolve;     // curl-style HOST:PORT:ADDRESS overrides
  std::vector<std::string> connect_to;  // curl-style HOST:PORT:CONNECT-HOST:CONNECT-PORT
  long timeout_seconds = 30;            // the whole transfer
  long low_speed_seconds = 30;          // abort after this long under 1 KB/s
  std::size_t max_body_bytes = 512u << 20;
  std::string user_agent = "vextriage";
};

// libcurl; one client per thread (it keeps a connection cache).
std::unique_ptr<HttpClient> make_curl_client(const HttpClientOptions& options = {});

}  // namespace vt::feeds
