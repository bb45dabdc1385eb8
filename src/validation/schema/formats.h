// The `format` values the schemas use, checked as assertions (as CSAF
// validators do): RFC 3339 date-time and full-date, RFC 3986 URI and
// URI-reference, email addresses, UUIDs.
#pragma once

#include <cstdint>
#include <string_view>

namespace vt::validation::schema {

enum class Format : std::uint8_t { kNone, kDateTime, kDate, kUri, kUriReference, kEmail, kUuid };

bool is_date_time(std::string_view s);
bool is_date(std::string_view s);
bool is_uri(std::string_view s);            // absolute: scheme ":" ...
bool is_uri_reference(std::string_view s);  // absolute or relative
bool is_email(std::string_view s);
bool is_uuid(std::string_view s);

// Whether `s` has `format` (kNone: any string), for the walk and the code
// generated from a schema alike; a constant `format` folds the switch away.
[[gnu::always_inline]] inline bool format_matches(Format format, std::string_view s) {
  switch (format) {
    case Format::kNone:
      return true;
    case Format::kDateTime:
      return is_date_time(s);
    case Format::kDate:
      return is_date(s);
    case Format::kUri:
      return is_uri(s);
    case Format::kUriReference:
      return is_uri_reference(s);
    case Format::kEmail:
      return is_email(s);
    case Format::kUuid:
      return is_uuid(s);
  }
  return true;
}

}  // namespace vt::validation::schema
