// The CSAF 2.0 document model (section 3 of the specification), typed.
// Strings are views into the parsed JSON and every element keeps its
// json::Value `source`, so any finding can name its JSON pointer. A Document
// is valid as long as the json::Parser that produced its source.
//
// The model is lenient: a member of the wrong JSON type is left empty (the
// schema engine reports it), so mandatory tests can run on any document.
#pragma once

#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include "json/json.h"

namespace vt::csaf {

using Text = std::optional<std::string_view>;  // absent vs present (maybe empty)

struct Note {
  json::Value source;
  Text audience, category, text, title;
};

struct Reference {
  json::Value source;
  Text category, summary, url;
};

struct Acknowledgment {
  json::Value source;
  std::vector<std::string_view> names;
  Text organization, summary;
  std::vector<std::string_view> urls;
};

// ---- product tree (3.1.x, 3.2.2) ----

struct FileHash {
  json::Value source;
  Text algorithm, value;
};

struct HashSet {  // one entry of product_identification_helper/hashes
  json::Value source;
  std::vector<FileHash> file_hashes;
  Text filename;
};

struct GenericUri {
  json::Value source;
  Text namespace_, uri;
};

struct ProductIdentificationHelper {
  json::Value source;
  Text cpe;
  std::vector<HashSet> hashes;
  std::vector<std::string_view> model_numbers;
  Text purl;
  std::vector<std::string_view> sbom_urls;
  std::vector<std::string_view> serial_numbers;
  std::vector<std::string_view> skus;
  std::vector<GenericUri> x_generic_uris;
};

struct FullProductName {
  json::Value source;
  Text name, product_id;
  std::optional<ProductIdentificationHelper> product_identification_helper;
};

struct Branch {
  json::Value source;
  std::vector<Branch> branches;
  Text category, name;
  std::optional<FullProductName> product;
};

struct ProductGroup {
  json::Value source;
  Text group_id;
  std::vector<std::string_view> product_ids;
  json::Value product_ids_source;  // the array, for pointers into it
  Text summary;
};

struct Relationship {
  json::Value source;
  Text category;
  std::optional<FullProductName> full_product_name;
  Text product_reference, relates_to_product_reference;
};

struct ProductTree {
  json::Value source;
  std::vector<Branch> branches;
  std::vector<FullProductName> full_product_names;
  std::vector<ProductGroup> product_groups;
  std::vector<Relationship> relationships;
};

// ---- document (3.2.1) ----

struct Engine {
  json::Value source;
  Text name, version;
};

struct Generator {
  json::Value source;
  Text date;
  std::optional<Engine> engine;
};

struct Revision {
  json::Value source;
  Text date, legacy_version, number, summary;
};

struct Tracking {
  json::Value source;
  std::vector<std::string_view> aliases;
  Text current_release_date;
  std::optional<Generator> generator;
  Text id, initial_release_date;
  std::vector<Revision> revision_history;
  Text status, version;
};

struct Publisher {
  json::Value source;
  Text category, contact_details, issuing_authority, name, namespace_;
};

struct Tlp {
  json::Value source;
  Text label, url;
};

struct Distribution {
  json::Value source;
  Text text;
  std::optional<Tlp> tlp;
};

struct AggregateSeverity {
  json::Value source;
  Text namespace_, text;
};

struct DocumentMeta {
  json::Value source;
  std::vector<Acknowledgment> acknowledgments;
  std::optional<AggregateSeverity> aggregate_severity;
  Text category, csaf_version;
  std::optional<Distribution> distribution;
  Text lang;
  std::vector<Note> notes;
  std::optional<Publisher> publisher;
  std::vector<Reference> references;
  Text source_lang, title;
  std::optional<Tracking> tracking;
};

// ---- vulnerabilities (3.2.3) ----

// The string items of a JSON array, read from the parsed JSON as they are
// iterated (other items are skipped). Product and group id lists are read
// so: a document holds dozens of them, and copying each into a vector cost
// an allocation apiece, a third of a validation's allocations.
class StringItems {
 public:
  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;
    iterator(json::Value::Items::iterator at, json::Value::Items::iterator end) : at_(at), end_(end) {
      skip_others();
    }
    std::string_view operator*() const { return (*at_).as_string(); }
    iterator& operator++() {
      ++at_;
      skip_others();
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const iterator& o) const { return at_ == o.at_; }

   private:
    void skip_others() {
      while (!(at_ == end_) && !(*at_).is_string()) ++at_;
    }
    json::Value::Items::iterator at_, end_;
  };

  StringItems() = default;
  explicit StringItems(const json::Value& array) : array_(array) {
    for (json::Value item : array_.items()) size_ += item.is_string();
  }
  iterator begin() const { return {array_.items().begin(), array_.items().end()}; }
  iterator end() const { return {array_.items().end(), array_.items().end()}; }
  std::size_t size() const { return size_; }  // the string items
  bool empty() const { return size_ == 0; }

 private:
  json::Value array_;
  std::size_t size_ = 0;
};

// A list of product ids with the array it came from (for pointers).
struct ProductIdList {
  json::Value source;  // the JSON array
  StringItems ids;     // its string items
};

struct Cwe {
  json::Value source;
  Text id, name;
};

struct Flag {
  json::Value source;
  Text date;
  std::optional<ProductIdList> group_ids;
  Text label;
  std::optional<ProductIdList> product_ids;
};

struct VulnerabilityId {
  json::Value source;
  Text system_name, text;
};

struct Involvement {
  json::Value source;
  Text date, party, status, summary;
};

struct ProductStatus {
  json::Value source;
  std::optional<ProductIdList> first_affected, first_fixed, fixed, known_affected,
      known_not_affected, last_affected, recommended, under_investigation;
};

struct RestartRequired {
  json::Value source;
  Text category, details;
};

struct Remediation {
  json::Value source;
  Text category, date, details;
  std::vector<std::string_view> entitlements;
  std::optional<ProductIdList> group_ids;
  std::optional<ProductIdList> product_ids;
  std::optional<RestartRequired> restart_required;
  Text url;
};

// A CVSS object (v2 or v3.x): the members as JSON values, so calculators
// can check any property against the vector.
struct Cvss {
  json::Value source;
  Text version, vector_string;
  std::optional<double> base_score, temporal_score, environmental_score;
  Text base_severity, temporal_severity, environmental_severity;
};

struct Score {
  json::Value source;
  std::optional<Cvss> cvss_v2, cvss_v3;
  std::optional<ProductIdList> products;
};

struct Threat {
  json::Value source;
  Text category, date, details;
  std::optional<ProductIdList> group_ids;
  std::optional<ProductIdList> product_ids;
};

struct Vulnerability {
  json::Value source;
  std::vector<Acknowledgment> acknowledgments;
  Text cve;
  std::optional<Cwe> cwe;
  Text discovery_date;
  std::vector<Flag> flags;
  std::vector<VulnerabilityId> ids;
  std::vector<Involvement> involvements;
  std::vector<Note> notes;
  std::optional<ProductStatus> product_status;
  std::vector<Reference> references;
  Text release_date;
  std::vector<Remediation> remediations;
  std::vector<Score> scores;
  std::vector<Threat> threats;
  Text title;
};

struct Document {
  json::Value source;  // the root
  DocumentMeta document;
  std::optional<ProductTree> product_tree;
  std::vector<Vulnerability> vulnerabilities;
};

}  // namespace vt::csaf
