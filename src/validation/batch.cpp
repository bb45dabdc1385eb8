#include "validation/batch.h"

#include <atomic>
#include <thread>

#include "json/json.h"
#include "json/locate.h"

namespace vt::validation {
namespace {

void add_positions(std::string_view text, std::vector<Finding>& findings, std::size_t& budget) {
  for (auto& f : findings) {
    if (budget == 0) return;
    --budget;
    json::TextPosition p = json::position_of_pointer(text, f.path);
    f.line = p.line;
    f.column = p.column;
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
  std::size_t budget = options.max_positions;
  add_positions(parser.text(), out.report.errors, budget);
  add_positions(parser.text(), out.report.warnings, budget);
  add_positions(parser.text(), out.report.infos, budget);
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
