#include "feeds/sync_events.h"

#include "json/writer.h"

namespace vt::feeds {

std::string event_json(const std::string& time, const std::string& provider,
                       const std::string& kind, const std::string& path,
                       const std::string& document_id, const std::string& version,
                       const std::string& previous_version,
                       const std::vector<matching::StatusChange>& changes,
                       const std::string& reason) {
  json::Writer w(0);
  w.begin_object()
      .member("time", time)
      .member("provider", provider)
      .member("event", kind)
      .member("path", path);
  if (!document_id.empty()) w.member("document_id", document_id);
  if (!version.empty()) w.member("version", version);
  if (!previous_version.empty()) w.member("previous_version", previous_version);
  if (!reason.empty()) w.member("reason", reason);
  if (kind == "new" || kind == "updated") {
    w.key("changes").begin_array();
    for (const auto& c : changes)
      w.begin_object()
          .member("vulnerability", c.vulnerability)
          .member("product", c.product)
          .member("from", c.from)
          .member("to", c.to)
          .end_object();
    w.end_array().member("summary", matching::summarize(changes));
  }
  w.end_object();
  return w.take();
}

}  // namespace vt::feeds
