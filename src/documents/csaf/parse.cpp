#include "documents/csaf/parse.h"

#include <cstring>
#include <utility>

namespace vt::csaf {
namespace {

// Members are read by iterating each object once and dispatching on the
// key: documents have many members, and find() per field would rescan them.
// Keys are compared length first, inline (a key is tested against up to 15
// names, for every member of every object).
template <std::size_t N>
[[gnu::always_inline]] inline bool is(std::string_view key, const char (&name)[N]) {
  return key.size() == N - 1 && std::memcmp(key.data(), name, N - 1) == 0;
}

// Inlined: a call per string member cost more than the read itself.
[[gnu::always_inline]] inline Text text(const json::Value& v) { return v.if_string(); }

std::vector<std::string_view> strings(const json::Value& v) {
  std::vector<std::string_view> out;
  if (!v.is_array()) return out;
  out.reserve(v.size());
  for (json::Value item : v.items())
    if (auto s = item.if_string()) out.push_back(*s);
  return out;
}

std::optional<ProductIdList> id_list(const json::Value& v) {
  if (!v.is_array()) return std::nullopt;
  ProductIdList list;
  list.source = v;
  list.ids = StringItems(v);
  return list;
}

// Elements are filled where they will live: the structs run to hundreds
// of bytes, and building each on the stack cost a move and a destruction.
template <typename T, typename F>
void array_of(std::vector<T>& out, const json::Value& v, F fill) {
  out.clear();  // a repeated member: the last one counts, as for the others
  if (!v.is_array()) return;
  out.reserve(v.size());
  for (json::Value item : v.items())
    if (item.is_object()) fill(out.emplace_back(), item);
}

template <typename F>
void each_member(const json::Value& v, F f) {
  if (!v.is_object()) return;
  for (auto m : v.members()) f(m.key, m.value);
}

void note(Note& n, const json::Value& v) {
  n.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "audience")) n.audience = text(x);
    else if (is(k, "category")) n.category = text(x);
    else if (is(k, "text")) n.text = text(x);
    else if (is(k, "title")) n.title = text(x);
  });
}

void reference(Reference& r, const json::Value& v) {
  r.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "category")) r.category = text(x);
    else if (is(k, "summary")) r.summary = text(x);
    else if (is(k, "url")) r.url = text(x);
  });
}

void acknowledgment(Acknowledgment& a, const json::Value& v) {
  a.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "names")) a.names = strings(x);
    else if (is(k, "organization")) a.organization = text(x);
    else if (is(k, "summary")) a.summary = text(x);
    else if (is(k, "urls")) a.urls = strings(x);
  });
}

void helper(ProductIdentificationHelper& h, const json::Value& v) {
  h.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "cpe")) h.cpe = text(x);
    else if (is(k, "purl")) h.purl = text(x);
    else if (is(k, "model_numbers")) h.model_numbers = strings(x);
    else if (is(k, "sbom_urls")) h.sbom_urls = strings(x);
    else if (is(k, "serial_numbers")) h.serial_numbers = strings(x);
    else if (is(k, "skus")) h.skus = strings(x);
    else if (is(k, "hashes"))
      array_of(h.hashes, x, [](HashSet& hs, const json::Value& hv) {
        hs.source = hv;
        each_member(hv, [&](std::string_view hk, const json::Value& hx) {
          if (is(hk, "filename")) hs.filename = text(hx);
          else if (is(hk, "file_hashes"))
            array_of(hs.file_hashes, hx, [](FileHash& fh, const json::Value& fv) {
              fh.source = fv;
              each_member(fv, [&](std::string_view fk, const json::Value& fx) {
                if (is(fk, "algorithm")) fh.algorithm = text(fx);
                else if (is(fk, "value")) fh.value = text(fx);
              });
            });
        });
      });
    else if (is(k, "x_generic_uris"))
      array_of(h.x_generic_uris, x, [](GenericUri& g, const json::Value& gv) {
        g.source = gv;
        each_member(gv, [&](std::string_view gk, const json::Value& gx) {
          if (is(gk, "namespace")) g.namespace_ = text(gx);
          else if (is(gk, "uri")) g.uri = text(gx);
        });
      });
  });
}

void full_product_name(FullProductName& p, const json::Value& v) {
  p.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "name")) p.name = text(x);
    else if (is(k, "product_id")) p.product_id = text(x);
    else if (is(k, "product_identification_helper") && x.is_object()) helper(p.product_identification_helper.emplace(), x);
  });
}

// Branches nest; the JSON layer already caps nesting at 1,024 levels, so
// recursion here is bounded.
void branch(Branch& b, const json::Value& v) {
  b.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "branches")) array_of(b.branches, x, branch);
    else if (is(k, "category")) b.category = text(x);
    else if (is(k, "name")) b.name = text(x);
    else if (is(k, "product") && x.is_object()) full_product_name(b.product.emplace(), x);
  });
}

void product_tree(ProductTree& t, const json::Value& v) {
  t.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "branches")) array_of(t.branches, x, branch);
    else if (is(k, "full_product_names")) array_of(t.full_product_names, x, full_product_name);
    else if (is(k, "product_groups"))
      array_of(t.product_groups, x, [](ProductGroup& g, const json::Value& gv) {
        g.source = gv;
        each_member(gv, [&](std::string_view gk, const json::Value& gx) {
          if (is(gk, "group_id")) g.group_id = text(gx);
          else if (is(gk, "summary")) g.summary = text(gx);
          else if (is(gk, "product_ids")) {
            g.product_ids = strings(gx);
            g.product_ids_source = gx;
          }
        });
      });
    else if (is(k, "relationships"))
      array_of(t.relationships, x, [](Relationship& r, const json::Value& rv) {
        r.source = rv;
        each_member(rv, [&](std::string_view rk, const json::Value& rx) {
          if (is(rk, "category")) r.category = text(rx);
          else if (is(rk, "full_product_name") && rx.is_object()) full_product_name(r.full_product_name.emplace(), rx);
          else if (is(rk, "product_reference")) r.product_reference = text(rx);
          else if (is(rk, "relates_to_product_reference")) r.relates_to_product_reference = text(rx);
        });
      });
  });
}

void tracking(Tracking& t, const json::Value& v) {
  t.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "aliases")) t.aliases = strings(x);
    else if (is(k, "current_release_date")) t.current_release_date = text(x);
    else if (is(k, "id")) t.id = text(x);
    else if (is(k, "initial_release_date")) t.initial_release_date = text(x);
    else if (is(k, "status")) t.status = text(x);
    else if (is(k, "version")) t.version = text(x);
    else if (is(k, "generator") && x.is_object()) {
      Generator& g = t.generator.emplace();
      g.source = x;
      each_member(x, [&](std::string_view gk, const json::Value& gx) {
        if (is(gk, "date")) g.date = text(gx);
        else if (is(gk, "engine") && gx.is_object()) {
          Engine& e = g.engine.emplace();
          e.source = gx;
          each_member(gx, [&](std::string_view ek, const json::Value& ex) {
            if (is(ek, "name")) e.name = text(ex);
            else if (is(ek, "version")) e.version = text(ex);
          });
        }
      });
    } else if (is(k, "revision_history")) {
      array_of(t.revision_history, x, [](Revision& r, const json::Value& rv) {
        r.source = rv;
        each_member(rv, [&](std::string_view rk, const json::Value& rx) {
          if (is(rk, "date")) r.date = text(rx);
          else if (is(rk, "legacy_version")) r.legacy_version = text(rx);
          else if (is(rk, "number")) r.number = text(rx);
          else if (is(rk, "summary")) r.summary = text(rx);
        });
      });
    }
  });
}

void document_meta(DocumentMeta& d, const json::Value& v) {
  d.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "acknowledgments")) array_of(d.acknowledgments, x, acknowledgment);
    else if (is(k, "category")) d.category = text(x);
    else if (is(k, "csaf_version")) d.csaf_version = text(x);
    else if (is(k, "lang")) d.lang = text(x);
    else if (is(k, "notes")) array_of(d.notes, x, note);
    else if (is(k, "references")) array_of(d.references, x, reference);
    else if (is(k, "source_lang")) d.source_lang = text(x);
    else if (is(k, "title")) d.title = text(x);
    else if (is(k, "tracking") && x.is_object()) tracking(d.tracking.emplace(), x);
    else if (is(k, "aggregate_severity") && x.is_object()) {
      AggregateSeverity& a = d.aggregate_severity.emplace();
      a.source = x;
      each_member(x, [&](std::string_view ak, const json::Value& ax) {
        if (is(ak, "namespace")) a.namespace_ = text(ax);
        else if (is(ak, "text")) a.text = text(ax);
      });
    } else if (is(k, "distribution") && x.is_object()) {
      Distribution& dist = d.distribution.emplace();
      dist.source = x;
      each_member(x, [&](std::string_view dk, const json::Value& dx) {
        if (is(dk, "text")) dist.text = text(dx);
        else if (is(dk, "tlp") && dx.is_object()) {
          Tlp& tlp = dist.tlp.emplace();
          tlp.source = dx;
          each_member(dx, [&](std::string_view tk, const json::Value& tx) {
            if (is(tk, "label")) tlp.label = text(tx);
            else if (is(tk, "url")) tlp.url = text(tx);
          });
        }
      });
    } else if (is(k, "publisher") && x.is_object()) {
      Publisher& p = d.publisher.emplace();
      p.source = x;
      each_member(x, [&](std::string_view pk, const json::Value& px) {
        if (is(pk, "category")) p.category = text(px);
        else if (is(pk, "contact_details")) p.contact_details = text(px);
        else if (is(pk, "issuing_authority")) p.issuing_authority = text(px);
        else if (is(pk, "name")) p.name = text(px);
        else if (is(pk, "namespace")) p.namespace_ = text(px);
      });
    }
  });
}

std::optional<double> number(const json::Value& v) {
  if (!v.is_number()) return std::nullopt;
  return v.as_double();
}

void cvss(Cvss& c, const json::Value& v) {
  c.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "version")) c.version = text(x);
    else if (is(k, "vectorString")) c.vector_string = text(x);
    else if (is(k, "baseScore")) c.base_score = number(x);
    else if (is(k, "temporalScore")) c.temporal_score = number(x);
    else if (is(k, "environmentalScore")) c.environmental_score = number(x);
    else if (is(k, "baseSeverity")) c.base_severity = text(x);
    else if (is(k, "temporalSeverity")) c.temporal_severity = text(x);
    else if (is(k, "environmentalSeverity")) c.environmental_severity = text(x);
  });
}

void vulnerability(Vulnerability& vu, const json::Value& v) {
  vu.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "acknowledgments")) array_of(vu.acknowledgments, x, acknowledgment);
    else if (is(k, "cve")) vu.cve = text(x);
    else if (is(k, "discovery_date")) vu.discovery_date = text(x);
    else if (is(k, "release_date")) vu.release_date = text(x);
    else if (is(k, "title")) vu.title = text(x);
    else if (is(k, "notes")) array_of(vu.notes, x, note);
    else if (is(k, "references")) array_of(vu.references, x, reference);
    else if (is(k, "cwe") && x.is_object()) {
      Cwe& c = vu.cwe.emplace();
      c.source = x;
      each_member(x, [&](std::string_view ck, const json::Value& cx) {
        if (is(ck, "id")) c.id = text(cx);
        else if (is(ck, "name")) c.name = text(cx);
      });
    } else if (is(k, "flags")) {
      array_of(vu.flags, x, [](Flag& f, const json::Value& fv) {
        f.source = fv;
        each_member(fv, [&](std::string_view fk, const json::Value& fx) {
          if (is(fk, "date")) f.date = text(fx);
          else if (is(fk, "label")) f.label = text(fx);
          else if (is(fk, "group_ids")) f.group_ids = id_list(fx);
          else if (is(fk, "product_ids")) f.product_ids = id_list(fx);
        });
      });
    } else if (is(k, "ids")) {
      array_of(vu.ids, x, [](VulnerabilityId& id, const json::Value& iv) {
        id.source = iv;
        each_member(iv, [&](std::string_view ik, const json::Value& ix) {
          if (is(ik, "system_name")) id.system_name = text(ix);
          else if (is(ik, "text")) id.text = text(ix);
        });
      });
    } else if (is(k, "involvements")) {
      array_of(vu.involvements, x, [](Involvement& in, const json::Value& iv) {
        in.source = iv;
        each_member(iv, [&](std::string_view ik, const json::Value& ix) {
          if (is(ik, "date")) in.date = text(ix);
          else if (is(ik, "party")) in.party = text(ix);
          else if (is(ik, "status")) in.status = text(ix);
          else if (is(ik, "summary")) in.summary = text(ix);
        });
      });
    } else if (is(k, "product_status") && x.is_object()) {
      ProductStatus& ps = vu.product_status.emplace();
      ps.source = x;
      each_member(x, [&](std::string_view pk, const json::Value& px) {
        if (is(pk, "first_affected")) ps.first_affected = id_list(px);
        else if (is(pk, "first_fixed")) ps.first_fixed = id_list(px);
        else if (is(pk, "fixed")) ps.fixed = id_list(px);
        else if (is(pk, "known_affected")) ps.known_affected = id_list(px);
        else if (is(pk, "known_not_affected")) ps.known_not_affected = id_list(px);
        else if (is(pk, "last_affected")) ps.last_affected = id_list(px);
        else if (is(pk, "recommended")) ps.recommended = id_list(px);
        else if (is(pk, "under_investigation")) ps.under_investigation = id_list(px);
      });
    } else if (is(k, "remediations")) {
      array_of(vu.remediations, x, [](Remediation& r, const json::Value& rv) {
        r.source = rv;
        each_member(rv, [&](std::string_view rk, const json::Value& rx) {
          if (is(rk, "category")) r.category = text(rx);
          else if (is(rk, "date")) r.date = text(rx);
          else if (is(rk, "details")) r.details = text(rx);
          else if (is(rk, "entitlements")) r.entitlements = strings(rx);
          else if (is(rk, "group_ids")) r.group_ids = id_list(rx);
          else if (is(rk, "product_ids")) r.product_ids = id_list(rx);
          else if (is(rk, "url")) r.url = text(rx);
          else if (is(rk, "restart_required") && rx.is_object()) {
            RestartRequired& rr = r.restart_required.emplace();
            rr.source = rx;
            each_member(rx, [&](std::string_view qk, const json::Value& qx) {
              if (is(qk, "category")) rr.category = text(qx);
              else if (is(qk, "details")) rr.details = text(qx);
            });
          }
        });
      });
    } else if (is(k, "scores")) {
      array_of(vu.scores, x, [](Score& s, const json::Value& sv) {
        s.source = sv;
        each_member(sv, [&](std::string_view sk, const json::Value& sx) {
          if (is(sk, "cvss_v2") && sx.is_object()) cvss(s.cvss_v2.emplace(), sx);
          else if (is(sk, "cvss_v3") && sx.is_object()) cvss(s.cvss_v3.emplace(), sx);
          else if (is(sk, "products")) s.products = id_list(sx);
        });
      });
    } else if (is(k, "threats")) {
      array_of(vu.threats, x, [](Threat& t, const json::Value& tv) {
        t.source = tv;
        each_member(tv, [&](std::string_view tk, const json::Value& tx) {
          if (is(tk, "category")) t.category = text(tx);
          else if (is(tk, "date")) t.date = text(tx);
          else if (is(tk, "details")) t.details = text(tx);
          else if (is(tk, "group_ids")) t.group_ids = id_list(tx);
          else if (is(tk, "product_ids")) t.product_ids = id_list(tx);
        });
      });
    }
  });
}

}  // namespace

Result<Document> parse_document(const json::Value& root) {
  if (!root.is_object())
    return make_error(ErrorCode::kInvalidInput,
                      std::string("expected a CSAF document (a JSON object), found ") + json::to_string(root.type()));
  Document doc;
  doc.source = root;
  each_member(root, [&](std::string_view k, const json::Value& x) {
    if (is(k, "document") && x.is_object()) document_meta(doc.document = {}, x);
    else if (is(k, "product_tree") && x.is_object()) product_tree(doc.product_tree.emplace(), x);
    else if (is(k, "vulnerabilities")) array_of(doc.vulnerabilities, x, vulnerability);
  });
  return doc;
}

}  // namespace vt::csaf
