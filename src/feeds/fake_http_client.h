// Test support (header-only): an HttpClient answering from a table set by
// the test, recording every request. Unit tests use it; end-to-end tests use
// a real HTTPS server on loopback (tests/loopback_https.h).
#pragma once

#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "feeds/http_client.h"

namespace vt::feeds::testing {

class FakeHttpClient final : public HttpClient {
 public:
  // Answers for `url` in order; the last one repeats.
  void on(const std::string& url, std::vector<Result<HttpResponse>> answers) {
    std::lock_guard<std::mutex> lock(mutex_);
    answers_[url] = std::deque<Result<HttpResponse>>(answers.begin(), answers.end());
  }
  void on(const std::string& url, int status, std::string body = {},
          std::vector<std::pair<std::string, std::string>> headers = {}) {
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    on(url, std::vector<Result<HttpResponse>>{r});
  }
  Result<HttpResponse> fetch(const HttpRequest& request) override {
    std::lock_guard<std::mutex> lock(mutex_);
    requests_.push_back(request);
    auto it = answers_.find(request.url);
    if (it == answers_.end() || it->second.empty()) {
      HttpResponse r;
      r.status = 404;
      return r;
    }
    Result<HttpResponse> a = it->second.front();
    if (it->second.size() > 1) it->second.pop_front();
    return a;
  }
  std::vector<HttpRequest> requests() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
  }
  std::size_t count(const std::string& url) const {
    std::size_t n = 0;
    for (const auto& r : requests()) n += r.url == url ? 1 : 0;
    return n;
  }

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::deque<Result<HttpResponse>>> answers_;
  std::vector<HttpRequest> requests_;
};

}  // namespace vt::feeds::testing
