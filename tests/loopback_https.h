// Test support: a real HTTPS/1.1 server on 127.0.0.1 (an ephemeral port)
// with a certificate from a test CA made on the spot, for feed tests that
// must go through TLS verification like a real provider. It serves
// directories (with ETag / If-None-Match) and per-path answers that tests
// use to misbehave: wrong bodies, redirects, truncation, slowness, huge
// streams. Clients reach it by host name through curl's CONNECT_TO.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace vt::testing {

class LoopbackHttps {
 public:
  struct Answer {
    int status = 200;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    int delay_ms = 0;                // wait before answering (a slow server)
    bool truncate = false;           // promise twice the body, send it, hang up
    std::uint64_t stream_zeros = 0;  // instead of body: this many zero bytes
  };
  struct Request {
    std::string method, host, path;
    std::map<std::string, std::string> headers;  // lowercase names
  };
  // Returns an answer to override what the server would say, or nullopt.
  using Override = std::function<std::optional<Answer>(const Request&)>;

  // `hosts`: the DNS names the certificate is for. `work_dir` receives ca.pem.
  LoopbackHttps(const std::vector<std::string>& hosts, const std::string& work_dir) {
    // A client that hangs up mid-answer must not kill the test with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    make_pki(hosts, work_dir);
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 64) != 0)
      throw std::runtime_error("loopback https: cannot listen");
    socklen_t len = sizeof addr;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    acceptor_ = std::thread([this] { accept_loop(); });
  }

  ~LoopbackHttps() {
    stop_ = true;
    ::shutdown(fd_, SHUT_RDWR);
    ::close(fd_);
    acceptor_.join();
    std::vector<std::thread> connections;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      connections.swap(connections_);
    }
    for (auto& t : connections) t.join();
    SSL_CTX_free(ctx_);
  }

  int port() const { return port_; }
  const std::string& ca_file() const { return ca_file_; }
  // For HttpClientOptions::connect_to: HOST:443 goes to this server.
  std::string connect_to(const std::string& host) const {
    return host + ":443:127.0.0.1:" + std::to_string(port_);
  }

  // https://HOST/PREFIX... is served from DIRECTORY (any host).
  void serve_directory(const std::string& prefix, const std::string& directory) {
    std::lock_guard<std::mutex> lock(mutex_);
    directories_.emplace_back(prefix, directory);
  }
  void set(const std::string& path, Answer a) {
    std::lock_guard<std::mutex> lock(mutex_);
    answers_[path] = std::move(a);
  }
  void clear(const std::string& path) {
    std::lock_guard<std::mutex> lock(mutex_);
    answers_.erase(path);
  }
  void set_override(Override o) {
    std::lock_guard<std::mutex> lock(mutex_);
    override_ = std::move(o);
  }

  // Requests served per path since the last reset.
  std::map<std::string, int> requests() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
  }
  int total_requests() const {
    int n = 0;
    for (const auto& [p, c] : requests()) n += c;
    return n;
  }
  void reset_counts() {
    std::lock_guard<std::mutex> lock(mutex_);
    requests_.clear();
  }

  static std::string etag_of(const std::string& body) {
    unsigned char d[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(body.data()), body.size(), d);
    static const char* hex = "0123456789abcdef";
    std::string out = "\"";
    for (int i = 0; i < 8; ++i) out += {hex[d[i] >> 4], hex[d[i] & 15]};
    return out + "\"";
  }

 private:
  template <typename T, void (*Free)(T*)>
  struct Owned {
    T* p = nullptr;
    ~Owned() {
      if (p) Free(p);
    }
  };

  static X509* make_cert(EVP_PKEY* key, EVP_PKEY* signer_key, X509* issuer, const std::string& cn,
                         bool ca, const std::vector<std::string>& hosts, long serial) {
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 7L * 24 * 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>(cn.c_str()), -1, -1, 0);
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer) : name);
    X509V3_CTX v3;
    X509V3_set_ctx_nodb(&v3);
    X509V3_set_ctx(&v3, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    auto add = [&](int nid, const std::string& value) {
      X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &v3, nid, value.c_str());
      X509_add_ext(cert, ext, -1);
      X509_EXTENSION_free(ext);
    };
    if (ca) {
      add(NID_basic_constraints, "critical,CA:TRUE");
      add(NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
      std::string san = "IP:127.0.0.1";
      for (const auto& h : hosts) san += ",DNS:" + h;
      add(NID_subject_alt_name, san);
      add(NID_ext_key_usage, "serverAuth");
    }
    X509_sign(cert, signer_key, EVP_sha256());
    return cert;
  }

  void make_pki(const std::vector<std::string>& hosts, const std::string& work_dir) {
    Owned<EVP_PKEY, EVP_PKEY_free> ca_key{EVP_EC_gen("P-256")}, key{EVP_EC_gen("P-256")};
    Owned<X509, X509_free> ca{
        make_cert(ca_key.p, ca_key.p, nullptr, "vextriage test CA", true, {}, 1)};
    Owned<X509, X509_free> leaf{make_cert(
        key.p, ca_key.p, ca.p, hosts.empty() ? "localhost" : hosts.front(), false, hosts, 2)};
    std::filesystem::create_directories(work_dir);
    ca_file_ = work_dir + "/ca.pem";
    FILE* f = std::fopen(ca_file_.c_str(), "w");
    PEM_write_X509(f, ca.p);
    std::fclose(f);
    ctx_ = SSL_CTX_new(TLS_server_method());
    SSL_CTX_use_certificate(ctx_, leaf.p);
    SSL_CTX_use_PrivateKey(ctx_, key.p);
  }

  void accept_loop() {
    while (!stop_) {
      int c = ::accept(fd_, nullptr, nullptr);
      if (c < 0) return;
      timeval tv{1, 0};
      ::setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
      int one = 1;  // answers are written in pieces: no Nagle delay between them
      ::setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      std::lock_guard<std::mutex> lock(mutex_);
      connections_.emplace_back([this, c] { serve_connection(c); });
    }
  }

  // Reads one request head; false when the peer is gone or we stop.
  bool read_request(SSL* ssl, std::string& buffer, Request& req) {
    std::size_t end;
    while ((end = buffer.find("\r\n\r\n")) == std::string::npos) {
      char buf[4096];
      int n = SSL_read(ssl, buf, sizeof buf);
      if (n <= 0) {
        if (!stop_ && SSL_get_error(ssl, n) == SSL_ERROR_WANT_READ) continue;
        if (!stop_ && errno == EAGAIN && SSL_get_error(ssl, n) == SSL_ERROR_SYSCALL) continue;
        return false;
      }
      buffer.append(buf, static_cast<std::size_t>(n));
      if (buffer.size() > (1u << 20)) return false;
    }
    std::istringstream head(buffer.substr(0, end));
    buffer.erase(0, end + 4);
    std::string line, version;
    std::getline(head, line);
    std::istringstream first(line);
    first >> req.method >> req.path >> version;
    while (std::getline(head, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string name = line.substr(0, colon);
      for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      std::string value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.erase(0, 1);
      req.headers[name] = value;
    }
    req.host = req.headers["host"].substr(0, req.headers["host"].find(':'));
    return true;
  }

  Answer answer(const Request& req) {
    std::string path = req.path.substr(0, req.path.find('?'));
    Override o;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ++requests_[path];
      if (auto it = answers_.find(path); it != answers_.end()) return it->second;
      o = override_;
    }
    if (o)
      if (auto a = o(req)) return *a;
    std::vector<std::pair<std::string, std::string>> dirs;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      dirs = directories_;
    }
    for (const auto& [prefix, dir] : dirs) {
      if (path.rfind(prefix, 0) != 0 || path.find("..") != std::string::npos) continue;
      std::string file = dir + "/" + path.substr(prefix.size());
      if (!std::filesystem::is_regular_file(file)) continue;
      std::ifstream in(file, std::ios::binary);
      std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      Answer a;
      const std::string etag = etag_of(body);
      a.headers.emplace_back("ETag", etag);
      auto inm = req.headers.find("if-none-match");
      if (inm != req.headers.end() && inm->second == etag) {
        a.status = 304;
        return a;
      }
      a.body = std::move(body);
      return a;
    }
    return Answer{404, "<html><body>Not found</body></html>", {{"Content-Type", "text/html"}}};
  }

  static bool write_all(SSL* ssl, const char* data, std::size_t size) {
    while (size > 0) {
      int n = SSL_write(ssl, data, static_cast<int>(std::min<std::size_t>(size, 1 << 16)));
      if (n <= 0) return false;
      data += n;
      size -= static_cast<std::size_t>(n);
    }
    return true;
  }

  void serve_connection(int c) {
    SSL* ssl = SSL_new(ctx_);
    SSL_set_fd(ssl, c);
    if (SSL_accept(ssl) == 1) {
      std::string buffer;
      Request req;
      while (!stop_ && read_request(ssl, buffer, req)) {
        Answer a = answer(req);
        if (a.delay_ms) std::this_thread::sleep_for(std::chrono::milliseconds(a.delay_ms));
        const std::uint64_t length =
            a.stream_zeros ? a.stream_zeros : a.body.size() * (a.truncate ? 2 : 1);
        std::string head = "HTTP/1.1 " + std::to_string(a.status) +
                           " X\r\nContent-Length: " + std::to_string(a.status == 304 ? 0 : length) +
                           "\r\n";
        for (const auto& [k, v] : a.headers) head += k + ": " + v + "\r\n";
        head += "\r\n";
        bool ok = write_all(ssl, head.data(), head.size());
        if (ok && a.status != 304 && req.method != "HEAD") {
          if (a.stream_zeros) {
            std::string zeros(1 << 16, '\0');
            for (std::uint64_t sent = 0; ok && sent < a.stream_zeros && !stop_;
                 sent += zeros.size())
              ok = write_all(ssl, zeros.data(), zeros.size());
          } else {
            ok = write_all(ssl, a.body.data(), a.body.size());
          }
        }
        if (!ok || a.truncate || a.stream_zeros) break;
        req = Request{};
      }
    }
    SSL_shutdown(ssl);
    SSL_free(ssl);
    ::close(c);
  }

  SSL_CTX* ctx_ = nullptr;
  std::string ca_file_;
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread acceptor_;
  mutable std::mutex mutex_;
  std::vector<std::thread> connections_;
  std::vector<std::pair<std::string, std::string>> directories_;
  std::map<std::string, Answer> answers_;
  std::map<std::string, int> requests_;
  Override override_;
};

}  // namespace vt::testing
