#include "feeds/host_gate.h"

#include <algorithm>

#include "feeds/discovery.h"

namespace vt::feeds {

void HostGate::acquire(const std::string& host) {
  std::unique_lock<std::mutex> lock(mutex_);
  freed_.wait(lock, [&] { return in_flight_[host] < per_host_; });
  peak_ = std::max(peak_, ++in_flight_[host]);
}

void HostGate::release(const std::string& host) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    --in_flight_[host];
  }
  freed_.notify_all();
}

int HostGate::peak() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return peak_;
}

Result<HttpResponse> GatedClient::fetch(const HttpRequest& request) {
  const std::string host = host_of(request.url);
  gate_.acquire(host);
  Result<HttpResponse> r = inner_.fetch(request);
  gate_.release(host);
  return r;
}

}  // namespace vt::feeds
