// Test support: a real HTTP/1.1 server on 127.0.0.1 (an ephemeral port) in a
// thread, answering each path with a status and body set by the test.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace vt::testing {

class LoopbackHttp {
 public:
  struct Answer {
    int status = 200;
    std::string body;
  };

  LoopbackHttp() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(fd_, 16);
    socklen_t len = sizeof addr;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~LoopbackHttp() {
    stop_ = true;
    ::shutdown(fd_, SHUT_RDWR);
    ::close(fd_);
    thread_.join();
  }

  void set(const std::string& path, Answer a) {
    std::lock_guard<std::mutex> lock(mutex_);
    answers_[path] = std::move(a);
  }
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
  int requests() const { return requests_; }

 private:
  void serve() {
    while (!stop_) {
      int c = ::accept(fd_, nullptr, nullptr);
      if (c < 0) return;
      std::string request;
      char buf[4096];
      while (request.find("\r\n\r\n") == std::string::npos) {
        ssize_t n = ::read(c, buf, sizeof buf);
        if (n <= 0) break;
        request.append(buf, static_cast<std::size_t>(n));
      }
      ++requests_;
      const std::size_t sp1 = request.find(' '), sp2 = request.find(' ', sp1 + 1);
      const std::string method = request.substr(0, sp1);
      const std::string path = sp1 == std::string::npos ? "/" : request.substr(sp1 + 1, sp2 - sp1 - 1);
      Answer a{404, "not found"};
      {
        std::lock_guard<std::mutex> lock(mutex_);
        if (auto it = answers_.find(path); it != answers_.end()) a = it->second;
      }
      std::string response = "HTTP/1.1 " + std::to_string(a.status) + " X\r\nContent-Length: " +
                             std::to_string(a.body.size()) + "\r\nConnection: close\r\n\r\n";
      if (method != "HEAD") response += a.body;
      (void)::write(c, response.data(), response.size());
      ::close(c);
    }
  }

  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> requests_{0};
  std::mutex mutex_;
  std::map<std::string, Answer> answers_;
  std::thread thread_;
};

}  // namespace vt::testing
