// 6.1.11 CWE: "It MUST be tested that given CWE exists and is valid": the
// id is a weakness of the CWE catalogue and the name is exactly the
// catalogue's name for it. The catalogue is the current one (data dir
// cwe/cwec.json), as in the reference validator: CSAF 2.0 names no version.
// Trailing blanks of the name are ignored: the catalogue data has names
// trimmed, and real advisories carry e.g. CWE-280's name with a trailing
// blank copied from the source catalogue.
#include <string>

#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {

void test_6_1_11_cwe(const TestContext& ctx, TestSink& sink) {
  for (const csaf::Vulnerability& vuln : ctx.doc.vulnerabilities) {
    if (!vuln.cwe || !vuln.cwe->id) continue;
    const csaf::Cwe& cwe = *vuln.cwe;
    const std::string where = cwe.source.pointer();
    const auto name = ctx.catalogues.cwe_name(*cwe.id);
    if (!name) {
      sink.report(where + "/id",
                  "CWE id " + std::string(*cwe.id) + " is not a weakness in the CWE catalogue");
      continue;
    }
    if (!cwe.name) continue;
    std::string_view given = *cwe.name;
    while (!given.empty() && (given.back() == ' ' || given.back() == '\t')) {
      given.remove_suffix(1);
    }
    if (given != *name) {
      sink.report(where + "/name", "the name of " + std::string(*cwe.id) + " is \"" +
                                       std::string(*name) + "\", not \"" + std::string(*cwe.name) +
                                       "\"");
    }
  }
}

}  // namespace vt::validation::mandatory
