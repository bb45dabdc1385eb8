// Change events of a feed sync, one JSON object a line (events.jsonl), for
// triage and the server: which documents are new, updated, delisted or
// quarantined, and which (vulnerability, product) pairs changed status.
//
//   {"time":"…","provider":"msrc","event":"updated","path":"2025/cve-2025-1.json",
//    "document_id":"CVE-2025-1","version":"3","previous_version":"2",
//    "changes":[{"vulnerability":"CVE-2025-1","product":"CBL Mariner 2.0",
//                "from":"","to":"known_affected"}],
//    "summary":"names 1 more product: CBL Mariner 2.0"}
#pragma once

#include <string>
#include <vector>

#include "matching/claim_diff.h"

namespace vt::feeds {

// `kind`: new, updated, delisted, quarantined.
std::string event_json(const std::string& time, const std::string& provider,
                       const std::string& kind, const std::string& path,
                       const std::string& document_id, const std::string& version,
                       const std::string& previous_version,
                       const std::vector<matching::StatusChange>& changes,
                       const std::string& reason = {});

}  // namespace vt::feeds
