// The per-document hash files of CSAF 2.0 section 7.1.18 (<file>.sha256,
// <file>.sha512): the hex digest a download is checked against, and the file
// name the line may carry.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace vt::feeds {

struct HashFile {
  std::string hex_digest;  // lowercase hex
  std::string file_name;   // as written after the digest; may be empty
};

// "<hex>  name", "<hex> *name" (sha256sum's binary mark), "<hex>" alone; the
// hex must have exactly `digest_hex_chars` digits (64 for SHA-256, 128 for
// SHA-512) and start the file (a UTF-8 byte order mark is tolerated). CRLF and
// a missing final newline are fine; a second non-blank line is refused, since
// which digest applies would be a guess.
Result<HashFile> parse_hash_file(std::string_view text, std::size_t digest_hex_chars,
                                 const std::string& where);

// True when the hash file is about `document_path` (a directory-relative path
// such as "2026/cve-2026-6100.json"): the name is absent, or it is the path
// itself, its last segment, or a tail of it that starts after a '/'. Providers write either
// ("stacksa_2024_0089_0001.json" and "2026/cve-2026-6100.json" from the same provider).
bool hash_file_names(const HashFile& hash, std::string_view document_path);

}  // namespace vt::feeds
