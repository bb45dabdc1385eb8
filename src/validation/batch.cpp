#include "validation/batch.h"

#include <atomic>
#include <thread>

#include "json/json.h"
#include "json/locate.h"

namespace vt::validation {
namespace {

// line:column for up to `budget` findings, all located in one pass.
void add_positions(std::string_view text, std::vector<Finding*>& findings) {
  std::vector<std::string_view> pointers;
  pointers.reserve(findings.size());
  for (const Finding* f : findings) pointers.push_back(f->path);
  const std::vector<json::TextPosition> at = json::positions_of_pointers(text, pointers);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    findings[i]->line = at[i].line;
    findings[i]->column = at[i].column;
  }
}

void validate_one(const Validator& validator, json::Parser& parser, const BatchOptions& options,
                  ValidatedDocument& out) {
  auto root = parser.parse_file(out.path);
  if (!root.ok()) {
    out.failure = std::move(root).error();
    return;
  }
  out.report = validator.validate(*root);
  std::vector<Finding*> located;
  for (auto* list : {&out.report.errors, &out.report.warnings, &out.report.infos})
    for (Finding& f : *list)
      if (located.size() < options.max_positions) located.push_back(&f);
  if (!located.empty()) add_positions(parser.text(), located);
}

}  // namespace

std::vector<ValidatedDocument> validate_files(const Validator& validator,
                                              const std::vector<std::string>& paths,
                                              const BatchOptions& options) {
  std::vector<ValidatedDocument> out(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) out[i].path = paths[i];
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    json::ParseLimits limits;
    limits.max_bytes = options.max_document_bytes;
    json::Parser parser(limits);
    for (std::size_t i; (i = next.fetch_add(1)) < out.size();)
      validate_one(validator, parser, options, out[i]);
  };
  unsigned threads = std::max(1u, std::min<unsigned>(options.threads, static_cast<unsigned>(paths.size())));
  if (threads <= 1) {
    worker();
    return out;
  }
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (auto& t : pool) t.join();
  return out;
}

}  // namespace vt::validation
