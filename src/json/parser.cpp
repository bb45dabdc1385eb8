#include <simdjson.h>

#include "core/file.h"
#include "json/json.h"
#include "json/pointer_index.h"
#include "json/syntax_locator.h"
#include "json/value_access.h"

namespace vt::json {

struct Parser::Impl {
  simdjson::dom::parser dom;
  PointerIndex pointers;
  detail::Tape tape;  // of the last successful parse, read by its Values
  ParseLimits limits;
  // The buffer parse_file() reads into, file after file: at least the last
  // file's size plus the padding (older bytes may follow the text).
  std::string owned;
  std::string_view text;
};

namespace {
constexpr std::size_t kInitialCapacity = 1 << 16;
// Above this size the parser's stage-1 index (4 bytes per structural
// character, 40% of a large document's size) is released once the document
// is parsed: the DOM does not need it, and a 100 MB document would keep it
// for the whole validation.
constexpr std::size_t kReleaseIndexAbove = std::size_t{16} << 20;
}  // namespace

Parser::Parser(ParseLimits limits) : impl_(std::make_unique<Impl>()) {
  impl_->limits = limits;
  // Keeps the depth limit through later capacity growth.
  if (impl_->dom.allocate(kInitialCapacity, limits.max_depth) != simdjson::SUCCESS)
    throw std::bad_alloc();  // out of memory at start-up: nothing sensible to do
}
Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;

std::string_view Parser::text() const { return impl_->text; }

namespace {

Error syntax_error(std::string_view text, std::string_view source, std::size_t max_depth,
                   simdjson::error_code code) {
  std::string where(source);
  SyntaxProblem p = locate_syntax_problem(text, max_depth);
  if (p.found) {
    TextPosition pos = position_of(text, p.offset);
    return make_error(ErrorCode::kInvalidInput, "not valid JSON: " + p.message,
                      where + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column));
  }
  // Valid syntax that simdjson still refused: numbers out of range and the like.
  std::string detail = simdjson::error_message(code);
  if (code == simdjson::NUMBER_ERROR)
    detail = "a number is out of range for a 64-bit integer or double";
  return make_error(ErrorCode::kInvalidInput, "not usable JSON: " + detail, where);
}

}  // namespace

static_assert(Parser::kPadding >= simdjson::SIMDJSON_PADDING);

Result<Value> Parser::parse(std::string_view text, std::string_view source) {
  return parse_text(text, source, false);  // simdjson copies it into a padded buffer
}

Result<Value> Parser::parse_padded(const std::string& text, std::string_view source) {
  return parse_text(text, source, text.capacity() >= text.size() + kPadding);
}

Result<Value> Parser::parse_text(std::string_view text, std::string_view source, bool padded) {
  Impl& m = *impl_;
  m.text = {};
  if (text.size() > m.limits.max_bytes)
    return make_error(ErrorCode::kLimit,
                      "document of " + std::to_string(text.size()) + " bytes exceeds the limit of " +
                          std::to_string(m.limits.max_bytes),
                      std::string(source));
  if (std::string enc = describe_encoding_problem(text); !enc.empty())
    return make_error(ErrorCode::kInvalidInput, enc, std::string(source));
  simdjson::dom::element root;
  auto code = m.dom.parse(text.data(), text.size(), !padded).get(root);
  if (code != simdjson::SUCCESS) return syntax_error(text, source, m.limits.max_depth, code);
  if (text.size() > kReleaseIndexAbove) {  // the DOM (parser.doc) keeps its own buffers
    // Grown again by the next large parse; a failure here leaves no capacity,
    // which the next parse also restores.
    [[maybe_unused]] auto ignored = m.dom.allocate(kInitialCapacity, m.limits.max_depth);
  }
  m.text = text;
  m.pointers.reset(root);
  const simdjson::dom::document& doc = m.dom.doc;
  m.tape = {doc.tape.get(), doc.string_buf.get(), &doc, &m.pointers};
  return ValueAccess::make(&m.tape, root);
}

Result<Value> Parser::parse_file(const std::string& path) {
  Impl& m = *impl_;
  // The parser's buffer serves file after file: no allocation and no
  // zero-filling per file (they were a twentieth of validating a feed).
  VT_ASSIGN_OR_RETURN(std::size_t size, read_file_into(path, m.owned, m.limits.max_bytes, kPadding));
  return parse_text(std::string_view(m.owned.data(), size), path == "-" ? "<stdin>" : path, true);
}

}  // namespace vt::json
