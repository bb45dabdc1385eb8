// The CSAF 2.0 document parser (src/documents/csaf) on arbitrary JSON: the
// lenient typed read and the product index built on it. Every product id the
// index found must point back into the parsed text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "documents/csaf/parse.h"
#include "documents/csaf/product_index.h"
#include "json/json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static vt::json::Parser parser;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto root = parser.parse(text, "fuzz");
  if (!root.ok()) return 0;
  auto doc = vt::csaf::parse_document(*root);
  if (!doc.ok()) {
    if (root->is_object()) std::abort();  // documented: fails only on a non-object root
    return 0;
  }
  const vt::csaf::ProductIndex index = vt::csaf::index_products(*doc);
  for (const auto& def : index.product_definitions) {
    (void)def.source.pointer();
    // The first definition of an id is the one the index keeps.
    const auto* product = index.products.find(def.id);
    if (!product || !(*product)->product_id || *(*product)->product_id != def.id) std::abort();
  }
  for (const auto& def : index.group_definitions) {
    const auto* group = index.groups.find(def.id);
    if (!group || !(*group)->group_id || *(*group)->group_id != def.id) std::abort();
  }
  vt::csaf::for_each_product_reference(*doc, [](const vt::csaf::ProductRef& ref) { (void)ref.pointer(); });
  vt::csaf::for_each_group_reference(*doc, [](const vt::csaf::ProductRef& ref) { (void)ref.pointer(); });
  return 0;
}
