// ROLIE feeds (CSAF 2.0 section 7.1.15, RFC 8322 in its JSON form): one feed
// per TLP label listing each document with its hash and signature links.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace vt::feeds {

struct RolieEntry {
  std::string id, title, updated, published;  // updated: checked RFC 3339; published may be empty
  std::string document_url;                   // content.src, or the self link
  std::string hash_url_sha256, hash_url_sha512, signature_url;  // empty when not listed
};

struct RolieFeed {
  std::string id, title, updated;
  std::vector<RolieEntry> entries;
};

// Reads a ROLIE feed document. Links are taken by "rel" ("self", "hash",
// "signature"); CISA's IT feed writes "ref" instead, which is read the same
// way. A hash link is told SHA-256 or SHA-512 by its ".sha256"/".sha512"
// ending; others are ignored. URLs are returned as written (the caller
// checks scheme and host). An entry that is not an object, has no document
// URL, or whose "updated" is not RFC 3339 fails the feed with its JSON
// pointer: incremental sync depends on every entry's date.
Result<RolieFeed> parse_rolie_feed(std::string_view text, const std::string& where);

}  // namespace vt::feeds
