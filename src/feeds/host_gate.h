// At most N requests in flight per host, across the worker threads of a
// sync: `-j` may be larger than what one provider should be asked to bear
// (the documents of one provider can live on several hosts, e.g. a ROLIE
// feed pointing at a CDN).
#pragma once

#include <condition_variable>
#include <map>
#include <mutex>
#include <string>

#include "feeds/http_client.h"

namespace vt::feeds {

class HostGate {
 public:
  explicit HostGate(int per_host) : per_host_(per_host < 1 ? 1 : per_host) {}
  void acquire(const std::string& host);
  void release(const std::string& host);
  int peak() const;  // the most requests ever in flight to one host

 private:
  const int per_host_;
  mutable std::mutex mutex_;
  std::condition_variable freed_;
  std::map<std::string, int> in_flight_;
  int peak_ = 0;
};

// An HttpClient that passes each request through the gate.
class GatedClient final : public HttpClient {
 public:
  GatedClient(HttpClient& inner, HostGate& gate) : inner_(inner), gate_(gate) {}
  Result<HttpResponse> fetch(const HttpRequest& request) override;

 private:
  HttpClient& inner_;
  HostGate& gate_;
};

}  // namespace vt::feeds
