// 6.1.12 Language: /document/lang and /document/source_lang are "valid and
// exist": a well-formed BCP 47 tag (RFC 5646) whose subtags are in the IANA
// registry. i-default and private-use tags are valid here (6.2.14 and
// 6.2.15 warn about them).
// 6.1.15 Translator: when /document/publisher/category is `translator`,
// /document/source_lang "is present and set".
#include <string>

#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {
namespace {

void check_tag(const TestContext& ctx, TestSink& sink, const csaf::Text& tag, const char* member) {
  if (!tag || ctx.catalogues.is_valid_language_tag(*tag)) return;
  const std::string_view primary = tag->substr(0, tag->find('-'));
  std::string why =
      "expected a BCP 47 tag (RFC 5646) whose language, script, region, variant "
      "and extension subtags are registered, e.g. \"en\" or \"de-AT\"";
  if (primary.size() >= 2 && primary.size() <= 8 && !ctx.catalogues.is_known_language(primary)) {
    why = "\"" + std::string(primary) + "\" is not a registered language subtag; " + why;
  }
  sink.report(std::string("/document/") + member,
              "\"" + std::string(*tag) + "\" is not a valid language tag: " + why);
}

}  // namespace

void test_6_1_12_language(const TestContext& ctx, TestSink& sink) {
  check_tag(ctx, sink, ctx.doc.document.lang, "lang");
  check_tag(ctx, sink, ctx.doc.document.source_lang, "source_lang");
}

void test_6_1_15_translator(const TestContext& ctx, TestSink& sink) {
  const auto& meta = ctx.doc.document;
  if (!meta.publisher || meta.publisher->category != "translator") return;
  if (meta.source_lang && !meta.source_lang->empty()) return;
  sink.report("/document/source_lang",
              "the publisher category is translator, so /document/source_lang must give the "
              "language the document was translated from");
}

}  // namespace vt::validation::mandatory
