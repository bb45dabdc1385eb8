// The per-host limit holds across threads, and hosts do not wait for each other.
#include "feeds/host_gate.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace vt::feeds {
namespace {

// Holds each request until `release` is set, counting how many wait at once.
class HoldingClient final : public HttpClient {
 public:
  Result<HttpResponse> fetch(const HttpRequest&) override {
    const int now = ++in_flight_;
    int seen = max_.load();
    while (now > seen && !max_.compare_exchange_weak(seen, now)) {
    }
    while (!release_) std::this_thread::yield();
    --in_flight_;
    HttpResponse r;
    r.status = 200;
    return r;
  }
  std::atomic<int> in_flight_{0}, max_{0};
  std::atomic<bool> release_{false};
};

TEST(HostGate, NoMoreThanNPerHost) {
  HoldingClient inner;
  HostGate gate(2);
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i)
    threads.emplace_back([&, i] {
      GatedClient client(inner, gate);
      HttpRequest r;
      r.url = std::string(i % 2 ? "https://a.test/" : "https://b.test/") + std::to_string(i);
      (void)client.fetch(r);
    });
  // Two hosts x two each may be in flight; wait until they are, then let go.
  while (inner.in_flight_ < 4) std::this_thread::yield();
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(inner.in_flight_.load(), 4);
  inner.release_ = true;
  for (auto& t : threads) t.join();
  EXPECT_EQ(gate.peak(), 2);
  EXPECT_EQ(inner.max_.load(), 4);
}

}  // namespace
}  // namespace vt::feeds
