// validate --online: tests 6.3.6 and 6.3.7 against a real HTTP server on
// loopback (no other network): each URL asked once, 2xx/3xx resolve.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli_run.h"
#include "loopback_http.h"

namespace {

TEST(CliValidateOnline, UrlsAreCheckedOverHttp) {
  vt::testing::LoopbackHttp server;
  server.set("/ok", {200, "fine"});
  server.set("/moved", {301, ""});
  const std::string doc = R"({"document": {"category": "csaf_base", "csaf_version": "2.0",
    "publisher": {"category": "other", "name": "Test", "namespace": ")" + server.url("/ok") + R"("},
    "references": [{"category": "self", "summary": "self", "url": ")" + server.url("/gone.json") + R"("},
                   {"category": "external", "summary": "ok", "url": ")" + server.url("/moved") + R"("},
                   {"category": "external", "summary": "missing", "url": ")" + server.url("/missing") + R"("}],
    "title": "Online test", "tracking": {"current_release_date": "2024-01-01T00:00:00Z",
      "id": "ONLINE-1", "initial_release_date": "2024-01-01T00:00:00Z",
      "revision_history": [{"date": "2024-01-01T00:00:00Z", "number": "1", "summary": "Initial."}],
      "status": "final", "version": "1"}}})";
  const auto path = std::filesystem::temp_directory_path() / ("vt-online-" + std::to_string(::getpid()) + ".json");
  std::ofstream(path) << doc;
  auto run = vt::testing::vextriage("validate --preset full --online --format json " + path.string());
  std::filesystem::remove(path);
  EXPECT_EQ(run.exit_code, 0) << run.err;  // infos do not make a document invalid
  EXPECT_NE(run.out.find("\"test\": \"6.3.6\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("/missing answers HTTP 404"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"test\": \"6.3.7\""), std::string::npos);
  EXPECT_NE(run.out.find("/gone.json answers HTTP 404"), std::string::npos);
  EXPECT_EQ(run.out.find("/moved answers"), std::string::npos);  // a redirect resolves
  EXPECT_EQ(server.requests(), 4);  // each URL once
}

}  // namespace
