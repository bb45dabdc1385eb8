// The `format` values the schemas use, checked as assertions (as CSAF
// validators do): RFC 3339 date-time and full-date, RFC 3986 URI and
// URI-reference, email addresses, UUIDs.
#pragma once

#include <string_view>

namespace vt::validation::schema {

bool is_date_time(std::string_view s);
bool is_date(std::string_view s);
bool is_uri(std::string_view s);            // absolute: scheme ":" ...
bool is_uri_reference(std::string_view s);  // absolute or relative
bool is_email(std::string_view s);
bool is_uuid(std::string_view s);

}  // namespace vt::validation::schema
