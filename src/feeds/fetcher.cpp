#include "feeds/fetcher.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "core/strings.h"

namespace vt::feeds {
namespace {

bool retryable(int status) {
  return status == 429 || status == 408 || (status >= 500 && status <= 599);
}

// Retry-After in seconds (the HTTP-date form is treated as "a while").
int retry_after_ms(const HttpResponse& r, int fallback) {
  std::string v = r.header("retry-after");
  if (v.empty()) return fallback;
  char* end = nullptr;
  long s = std::strtol(v.c_str(), &end, 10);
  if (end == v.c_str() || s < 0) return fallback;
  return static_cast<int>(std::min<long>(s, 3600) * 1000);
}

}  // namespace

std::string origin_of(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos || scheme == 0) return {};
  std::size_t end = url.find_first_of("/?#", scheme + 3);
  std::string origin = ascii_lowered(url.substr(0, end));
  return origin.size() > scheme + 3 ? origin : std::string();
}

std::string resolve_reference(const std::string& base, std::string_view ref) {
  if (ref.find("://") != std::string_view::npos) return std::string(ref);
  if (ref.substr(0, 2) == "//") return base.substr(0, base.find("://") + 1) + std::string(ref);
  if (!ref.empty() && ref[0] == '/') return origin_of(base) + std::string(ref);
  std::string dir = base.substr(0, base.find_first_of("?#"));
  dir = dir.substr(0, dir.rfind('/') + 1);
  return dir + std::string(ref);
}

void Fetcher::pause(int ms) const {
  if (ms <= 0) return;
  if (policy_.sleep) return policy_.sleep(ms);
  std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

Result<HttpResponse> Fetcher::get_once_with_retries(const std::string& url,
                                                    const Conditional& conditional) {
  HttpRequest request;
  request.url = url;
  if (!conditional.etag.empty()) request.headers.emplace_back("If-None-Match", conditional.etag);
  if (!conditional.last_modified.empty())
    request.headers.emplace_back("If-Modified-Since", conditional.last_modified);
  int backoff = policy_.backoff_ms;
  for (int attempt = 0;; ++attempt) {
    Result<HttpResponse> r = client_.fetch(request);
    const bool last = attempt >= policy_.retries;
    if (!r.ok()) {
      // Size limits and TLS failures do not heal by asking again.
      if (last || r.error().code == ErrorCode::kLimit || r.error().code == ErrorCode::kIntegrity)
        return r;
    } else if (!retryable(r->status) || last) {
      return r;
    }
    int wait = r.ok() ? retry_after_ms(*r, backoff) : backoff;
    pause(std::min(wait, policy_.max_backoff_ms));
    backoff = std::min(backoff * 2, policy_.max_backoff_ms);
  }
}

Result<HttpResponse> Fetcher::get(const std::string& url, const Conditional& conditional) {
  const std::string origin = origin_of(url);
  std::string current = url;
  for (int hop = 0;; ++hop) {
    VT_ASSIGN_OR_RETURN(HttpResponse r, get_once_with_retries(current, conditional));
    if (r.status == 200 || r.status == 304 || r.status == 404) return r;
    if (r.status >= 300 && r.status < 400 && r.status != 304) {
      std::string location = r.header("location");
      if (location.empty())
        return make_error(ErrorCode::kInvalidInput,
                          "HTTP " + std::to_string(r.status) + " without a Location", current);
      std::string next = resolve_reference(current, location);
      if (origin_of(next) != origin)
        return make_error(ErrorCode::kIntegrity,
                          "redirected to another origin (" + origin_of(next) +
                              "): refused, feeds stay on " + origin,
                          current);
      if (hop >= policy_.max_redirects)
        return make_error(ErrorCode::kLimit,
                          "more than " + std::to_string(policy_.max_redirects) + " redirects", url);
      current = std::move(next);
      continue;
    }
    return make_error(ErrorCode::kIo, "HTTP " + std::to_string(r.status), current);
  }
}

}  // namespace vt::feeds
