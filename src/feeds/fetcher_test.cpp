// Retries, back-off, Retry-After, redirects and conditional requests of the
// feed fetcher, against a scripted client.
#include "feeds/fetcher.h"

#include <gtest/gtest.h>

#include "feeds/fake_http_client.h"

namespace vt::feeds {
namespace {

using testing::FakeHttpClient;

HttpResponse answer(int status, std::vector<std::pair<std::string, std::string>> headers = {}) {
  HttpResponse r;
  r.status = status;
  r.headers = std::move(headers);
  return r;
}

struct Sleeps {
  std::vector<int> ms;
  FetchPolicy policy(int retries = 3) {
    FetchPolicy p;
    p.retries = retries;
    p.sleep = [this](int m) { ms.push_back(m); };
    return p;
  }
};

TEST(Fetcher, RetriesServerErrorsWithExponentialBackOff) {
  FakeHttpClient client;
  client.on("https://a.test/x", {answer(503), answer(502), answer(200)});
  Sleeps sleeps;
  Fetcher f(client, sleeps.policy());
  auto r = f.get("https://a.test/x");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(sleeps.ms, (std::vector<int>{500, 1000}));
}

TEST(Fetcher, HonoursRetryAfterButCapsIt) {
  FakeHttpClient client;
  client.on("https://a.test/x", {answer(429, {{"retry-after", "7"}}),
                                 answer(429, {{"retry-after", "99999"}}), answer(200)});
  Sleeps sleeps;
  Fetcher f(client, sleeps.policy());
  ASSERT_TRUE(f.get("https://a.test/x").ok());
  EXPECT_EQ(sleeps.ms, (std::vector<int>{7000, 30000}));
}

TEST(Fetcher, GivesUpAfterTheRetriesWithTheStatus) {
  FakeHttpClient client;
  client.on("https://a.test/x", 500, "boom");
  Sleeps sleeps;
  Fetcher f(client, sleeps.policy(2));
  auto r = f.get("https://a.test/x");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "HTTP 500");
  EXPECT_EQ(client.count("https://a.test/x"), 3u);
}

TEST(Fetcher, NetworkErrorsAreRetriedSizeLimitsAreNot) {
  FakeHttpClient client;
  client.on("https://a.test/x",
            {Result<HttpResponse>(make_error(ErrorCode::kIo, "connection reset")), answer(200)});
  client.on("https://a.test/big",
            {Result<HttpResponse>(make_error(ErrorCode::kLimit, "too large"))});
  Sleeps sleeps;
  Fetcher f(client, sleeps.policy());
  EXPECT_TRUE(f.get("https://a.test/x").ok());
  EXPECT_FALSE(f.get("https://a.test/big").ok());
  EXPECT_EQ(client.count("https://a.test/big"), 1u);
}

TEST(Fetcher, FollowsRedirectsOnlyWithinTheOrigin) {
  FakeHttpClient client;
  client.on("https://a.test/old", 301, "", {{"location", "/new"}});
  client.on("https://a.test/new", 200, "here");
  client.on("https://a.test/away", 302, "", {{"location", "https://b.test/x"}});
  client.on("https://a.test/plain", 302, "", {{"location", "http://a.test/x"}});
  client.on("https://a.test/loop", 302, "", {{"location", "/loop"}});
  Sleeps sleeps;
  Fetcher f(client, sleeps.policy());
  auto moved = f.get("https://a.test/old");
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(moved->body, "here");
  auto away = f.get("https://a.test/away");
  ASSERT_FALSE(away.ok());
  EXPECT_NE(away.error().message.find("another origin (https://b.test)"), std::string::npos);
  EXPECT_EQ(client.count("https://b.test/x"), 0u);
  EXPECT_FALSE(f.get("https://a.test/plain").ok());  // https -> http is another origin
  auto loop = f.get("https://a.test/loop");
  ASSERT_FALSE(loop.ok());
  EXPECT_EQ(loop.error().code, ErrorCode::kLimit);
}

TEST(Fetcher, SendsConditionalHeadersAndReturns304) {
  FakeHttpClient client;
  client.on("https://a.test/changes.csv", 304);
  Fetcher f(client, {});
  auto r = f.get("https://a.test/changes.csv", {"\"abc\"", "Tue, 01 Dec 2026 10:00:00 GMT"});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->status, 304);
  const auto requests = client.requests();
  const auto& headers = requests.front().headers;
  EXPECT_EQ(headers.size(), 2u);
  EXPECT_EQ(headers[0], (std::pair<std::string, std::string>{"If-None-Match", "\"abc\""}));
}

TEST(Fetcher, OriginAndReferenceResolution) {
  EXPECT_EQ(origin_of("https://Example.TEST:8443/a/b?c"), "https://example.test:8443");
  EXPECT_EQ(origin_of("no-scheme/x"), "");
  EXPECT_EQ(resolve_reference("https://a.test/d/f.json", "g.json"), "https://a.test/d/g.json");
  EXPECT_EQ(resolve_reference("https://a.test/d/f.json", "/root.json"), "https://a.test/root.json");
  EXPECT_EQ(resolve_reference("https://a.test/d/f.json", "//b.test/x"), "https://b.test/x");
  EXPECT_EQ(resolve_reference("https://a.test/d/f.json", "https://c.test/y"), "https://c.test/y");
}

}  // namespace
}  // namespace vt::feeds
