// Downloads for feed syncs on top of the HttpClient seam: retries with
// exponential back-off (honouring Retry-After) on network errors, 429 and
// 5xx; redirects followed only within the same https origin (a redirect to
// another host is an error, never followed); conditional requests.
#pragma once

#include <functional>
#include <string>

#include "core/result.h"
#include "feeds/http_client.h"

namespace vt::feeds {

struct FetchPolicy {
  int retries = 3;              // after the first attempt
  int backoff_ms = 500;         // doubled each retry
  int max_backoff_ms = 30'000;  // also caps Retry-After
  int max_redirects = 3;
  std::function<void(int ms)> sleep;  // empty: std::this_thread::sleep_for
};

struct Conditional {
  std::string etag, last_modified;  // from the previous answer
};

class Fetcher {
 public:
  Fetcher(HttpClient& client, FetchPolicy policy) : client_(client), policy_(std::move(policy)) {}

  // The final answer: 200, 304 (when `conditional` matched) or 404. Any
  // other status, after the retries, is an error naming the URL.
  Result<HttpResponse> get(const std::string& url, const Conditional& conditional = {});

 private:
  Result<HttpResponse> get_once_with_retries(const std::string& url,
                                             const Conditional& conditional);
  void pause(int ms) const;

  HttpClient& client_;
  FetchPolicy policy_;
};

// "https://host:port" of a URL ("" when it has no scheme or host).
std::string origin_of(std::string_view url);
// Resolves a Location value against the URL it answered.
std::string resolve_reference(const std::string& base, std::string_view reference);

}  // namespace vt::feeds
