// Maps a JSON pointer back to its place in the original text, so reports can
// say line:column (SARIF regions, editors) and not only the pointer. Runs on
// the reporting path only: a linear scan without building a tree.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "json/json.h"

namespace vt::json {

// The byte offset where the value at `pointer` starts in `text` (the first
// byte of that value), or nullopt when the text has no such value. The text
// must be well-formed JSON (as already parsed).
std::optional<std::size_t> locate_pointer(std::string_view text, std::string_view pointer);

// Line and column of the value at `pointer`, or of the nearest ancestor that
// exists (a missing member is reported at the object that should hold it).
TextPosition position_of_pointer(std::string_view text, std::string_view pointer);

// position_of_pointer() for many pointers (as findings give them: "/a/0",
// not "/a/00"), in one pass over the text: a document with thousands of
// findings is scanned once, not once per finding. Results in the order of
// `pointers`.
std::vector<TextPosition> positions_of_pointers(std::string_view text,
                                                const std::vector<std::string_view>& pointers);

}  // namespace vt::json
