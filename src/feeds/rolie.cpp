#include "feeds/rolie.h"

#include "core/rfc3339.h"
#include "json/json.h"
#include "json/members.h"

namespace vt::feeds {
namespace {

bool ends_with_lower(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s = s.substr(s.size() - suffix.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

class Reader {
 public:
  explicit Reader(const std::string& where) : where_(where) {}

  Error invalid(const json::Value& at, std::string message) const {
    return make_error(ErrorCode::kInvalidInput, std::move(message), where_ + "#" + at.pointer());
  }

  Status check_date(const json::Value& object, std::string_view key, bool required) const {
    auto v = object.find(key);
    if (!v) {
      if (!required) return {};
      return invalid(object, "expected \"" + std::string(key) + "\" (an RFC 3339 date-time)");
    }
    if (!v->is_string() || !parse_rfc3339(v->as_string()))
      return invalid(*v, "expected an RFC 3339 date-time (e.g. 2024-05-01T10:00:00Z)");
    return {};
  }

  Result<RolieEntry> entry(const json::Value& v) const {
    if (!v.is_object()) return invalid(v, "a feed entry must be an object");
    RolieEntry e;
    e.id = json::string_member(v, "id");
    e.title = json::string_member(v, "title");
    VT_TRY(check_date(v, "updated", true));
    e.updated = json::string_member(v, "updated");
    VT_TRY(check_date(v, "published", false));
    e.published = json::string_member(v, "published");
    if (auto content = v.find("content")) e.document_url = json::string_member(*content, "src");
    std::string self;
    if (auto links = v.find("link")) {
      if (!links->is_array()) return invalid(*links, "\"link\" must be an array of link objects");
      for (json::Value link : links->items()) {
        if (!link.is_object())
          return invalid(link, "a link must be an object with \"href\" and \"rel\"");
        std::string rel = json::string_member(link, "rel");
        if (rel.empty()) rel = json::string_member(link, "ref");  // CISA's IT feed
        const std::string href = json::string_member(link, "href");
        if (href.empty()) continue;
        auto keep = [&href](std::string& slot) {
          if (slot.empty()) slot = href;
        };
        if (rel == "self")
          keep(self);
        else if (rel == "signature")
          keep(e.signature_url);
        else if (rel == "hash" && ends_with_lower(href, ".sha256"))
          keep(e.hash_url_sha256);
        else if (rel == "hash" && ends_with_lower(href, ".sha512"))
          keep(e.hash_url_sha512);
      }
    }
    if (e.document_url.empty()) e.document_url = std::move(self);
    if (e.document_url.empty())
      return invalid(v,
                     "an entry needs content.src or a link with rel \"self\" (the document URL)");
    return e;
  }

  Result<RolieFeed> feed(const json::Value& root) const {
    if (!root.is_object())
      return invalid(root, "a ROLIE feed must be an object with a \"feed\" member");
    auto feed = root.find("feed");
    if (!feed || !feed->is_object()) return invalid(root, "expected a \"feed\" object");
    RolieFeed f;
    f.id = json::string_member(*feed, "id");
    f.title = json::string_member(*feed, "title");
    VT_TRY(check_date(*feed, "updated", false));
    f.updated = json::string_member(*feed, "updated");
    if (auto entries = feed->find("entry")) {  // an empty feed may leave it out
      if (!entries->is_array()) return invalid(*entries, "\"entry\" must be an array");
      f.entries.reserve(entries->size());
      for (json::Value item : entries->items()) {
        VT_ASSIGN_OR_RETURN(RolieEntry e, entry(item));
        f.entries.push_back(std::move(e));
      }
    }
    return f;
  }

 private:
  const std::string& where_;
};

}  // namespace

Result<RolieFeed> parse_rolie_feed(std::string_view text_in, const std::string& where) {
  json::Parser parser;
  VT_ASSIGN_OR_RETURN(json::Value root, parser.parse(text_in, where));
  return Reader(where).feed(root);
}

}  // namespace vt::feeds
