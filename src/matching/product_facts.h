// What a resolved CSAF product names: the platform (an operating system
// release), the component (ecosystem, name) and its version or range.
// Identification helpers (purl, CPE) come first; vendor naming adapters
// (one small file each, product_naming_*.cpp) read what only the product
// name says, e.g. MSRC's "<azl3 openssh 9.8p1-4" and "Azure Linux 3.0".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "matching/claim.h"
#include "matching/product_tree.h"

namespace vt::matching {

struct ProductFacts {
  std::optional<PlatformRef> platform;
  std::string ecosystem, name, version, vers, purl, cpe;
  bool empty() const { return !platform && name.empty(); }
};

ProductFacts describe_product(const ResolvedProduct& product);

// The same for every product of one document, each described once:
// relationships name other products (the same platform thousands of times),
// and a hostile tree that nests or loops them (6.1.3) would otherwise cost
// two descriptions per level for every product that reaches it.
class ProductDescriber {
 public:
  const ProductFacts& operator()(const ResolvedProduct& product);

 private:
  std::unordered_map<const ResolvedProduct*, ProductFacts> done_;
};

// Adapters, tried in order after the helpers; each fills what it
// recognises and returns whether it did.
bool msrc_product_name(std::string_view name, ProductFacts& facts);    // product_naming_msrc.cpp
std::optional<PlatformRef> msrc_platform_name(std::string_view name);  // product_naming_msrc.cpp
bool range_product_name(std::string_view name,
                        ProductFacts& facts);  // product_naming_ranges.cpp (Fortinet style)
// A range written as text ("<1.2", "vers:all/<V3", "2016 R2 and earlier")
// as a vers string; "" when not understood.                                 //
// product_naming_ranges.cpp
std::string vers_from_range_text(std::string_view text);
bool rpm_file_name(std::string_view name,
                   ProductFacts& facts);  // product_naming_rpm.cpp (NEVRA, .rpm)
std::optional<PlatformRef> platform_from_cpe(std::string_view cpe);
std::optional<PlatformRef> platform_from_os_name(
    std::string_view name);  // product_naming_os.cpp        // product_naming_cpe.cpp
std::optional<PlatformRef> platform_from_distro_qualifier(
    std::string_view distro);  // product_naming_cpe.cpp

// The fields of a CPE 2.2 URI or 2.3 formatted string (part, vendor,
// product, version, update, ...), unescaped; empty when not a CPE.
std::vector<std::string> cpe_fields(std::string_view cpe);

}  // namespace vt::matching
