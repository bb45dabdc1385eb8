// 6.1.11 CWE: "It MUST be tested that given CWE exists and is valid": the
// id is a weakness of the CWE catalogue and the name is exactly the
// catalogue's name for it. CSAF 2.0 names no catalogue version and MITRE
// renames weaknesses (CWE-598 in 4.20, CWE-942 in 4.18), so a name any
// published version (1.0 ... 4.20, data dir cwe/cwec_all_versions.json) gave
// the weakness is valid: an advisory is not invalid because its CWE was
// renamed after it was published. (The reference validator checks one
// version; docs/conformance.md lists the documents where this differs.)
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
    const auto name = ctx.catalogues.cwe_name(*cwe.id);
    if (!name && !ctx.catalogues.cwe_existed(*cwe.id)) {
      sink.report(member_pointer(cwe.source, "id"),
                  "CWE id " + std::string(*cwe.id) + " is not a weakness in the CWE catalogue");
      continue;
    }
    if (!cwe.name) continue;
    std::string_view given = *cwe.name;
    while (!given.empty() && (given.back() == ' ' || given.back() == '\t')) {
      given.remove_suffix(1);
    }
    if (given != name && !ctx.catalogues.cwe_had_name(*cwe.id, given)) {  // the current name: valid
      sink.report(member_pointer(cwe.source, "name"),
                  "the name of " + std::string(*cwe.id) + " is \"" +
                      std::string(name.value_or("?")) + "\" (no CWE catalogue version named it \"" +
                      std::string(*cwe.name) + "\")");
    }
  }
}

}  // namespace vt::validation::mandatory
