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

Text text(const json::Value& v) { return v.if_string(); }

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
  list.ids = strings(v);
  return list;
}

template <typename T, typename F>
std::vector<T> array_of(const json::Value& v, F parse_one) {
  std::vector<T> out;
  if (!v.is_array()) return out;
  out.reserve(v.size());
  for (json::Value item : v.items())
    if (item.is_object()) out.push_back(parse_one(item));
  return out;
}

template <typename F>
void each_member(const json::Value& v, F f) {
  if (!v.is_object()) return;
  for (auto m : v.members()) f(m.key, m.value);
}

Note note(const json::Value& v) {
  Note n;
  n.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "audience")) n.audience = text(x);
    else if (is(k, "category")) n.category = text(x);
    else if (is(k, "text")) n.text = text(x);
    else if (is(k, "title")) n.title = text(x);
  });
  return n;
}

Reference reference(const json::Value& v) {
  Reference r;
  r.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "category")) r.category = text(x);
    else if (is(k, "summary")) r.summary = text(x);
    else if (is(k, "url")) r.url = text(x);
  });
  return r;
}

Acknowledgment acknowledgment(const json::Value& v) {
  Acknowledgment a;
  a.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "names")) a.names = strings(x);
    else if (is(k, "organization")) a.organization = text(x);
    else if (is(k, "summary")) a.summary = text(x);
    else if (is(k, "urls")) a.urls = strings(x);
  });
  return a;
}

ProductIdentificationHelper helper(const json::Value& v) {
  ProductIdentificationHelper h;
  h.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "cpe")) h.cpe = text(x);
    else if (is(k, "purl")) h.purl = text(x);
    else if (is(k, "model_numbers")) h.model_numbers = strings(x);
    else if (is(k, "sbom_urls")) h.sbom_urls = strings(x);
    else if (is(k, "serial_numbers")) h.serial_numbers = strings(x);
    else if (is(k, "skus")) h.skus = strings(x);
    else if (is(k, "hashes"))
      h.hashes = array_of<HashSet>(x, [](const json::Value& hv) {
        HashSet hs;
        hs.source = hv;
        each_member(hv, [&](std::string_view hk, const json::Value& hx) {
          if (is(hk, "filename")) hs.filename = text(hx);
          else if (is(hk, "file_hashes"))
            hs.file_hashes = array_of<FileHash>(hx, [](const json::Value& fv) {
              FileHash fh;
              fh.source = fv;
              each_member(fv, [&](std::string_view fk, const json::Value& fx) {
                if (is(fk, "algorithm")) fh.algorithm = text(fx);
                else if (is(fk, "value")) fh.value = text(fx);
              });
              return fh;
            });
        });
        return hs;
      });
    else if (is(k, "x_generic_uris"))
      h.x_generic_uris = array_of<GenericUri>(x, [](const json::Value& gv) {
        GenericUri g;
        g.source = gv;
        each_member(gv, [&](std::string_view gk, const json::Value& gx) {
          if (is(gk, "namespace")) g.namespace_ = text(gx);
          else if (is(gk, "uri")) g.uri = text(gx);
        });
        return g;
      });
  });
  return h;
}

FullProductName full_product_name(const json::Value& v) {
  FullProductName p;
  p.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "name")) p.name = text(x);
    else if (is(k, "product_id")) p.product_id = text(x);
    else if (is(k, "product_identification_helper") && x.is_object()) p.product_identification_helper = helper(x);
  });
  return p;
}

// Branches nest; the JSON layer already caps nesting at 1,024 levels, so
// recursion here is bounded.
Branch branch(const json::Value& v) {
  Branch b;
  b.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "branches")) b.branches = array_of<Branch>(x, branch);
    else if (is(k, "category")) b.category = text(x);
    else if (is(k, "name")) b.name = text(x);
    else if (is(k, "product") && x.is_object()) b.product = full_product_name(x);
  });
  return b;
}

ProductTree product_tree(const json::Value& v) {
  ProductTree t;
  t.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "branches")) t.branches = array_of<Branch>(x, branch);
    else if (is(k, "full_product_names")) t.full_product_names = array_of<FullProductName>(x, full_product_name);
    else if (is(k, "product_groups"))
      t.product_groups = array_of<ProductGroup>(x, [](const json::Value& gv) {
        ProductGroup g;
        g.source = gv;
        each_member(gv, [&](std::string_view gk, const json::Value& gx) {
          if (is(gk, "group_id")) g.group_id = text(gx);
          else if (is(gk, "summary")) g.summary = text(gx);
          else if (is(gk, "product_ids")) {
            g.product_ids = strings(gx);
            g.product_ids_source = gx;
          }
        });
        return g;
      });
    else if (is(k, "relationships"))
      t.relationships = array_of<Relationship>(x, [](const json::Value& rv) {
        Relationship r;
        r.source = rv;
        each_member(rv, [&](std::string_view rk, const json::Value& rx) {
          if (is(rk, "category")) r.category = text(rx);
          else if (is(rk, "full_product_name") && rx.is_object()) r.full_product_name = full_product_name(rx);
          else if (is(rk, "product_reference")) r.product_reference = text(rx);
          else if (is(rk, "relates_to_product_reference")) r.relates_to_product_reference = text(rx);
        });
        return r;
      });
  });
  return t;
}

Tracking tracking(const json::Value& v) {
  Tracking t;
  t.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "aliases")) t.aliases = strings(x);
    else if (is(k, "current_release_date")) t.current_release_date = text(x);
    else if (is(k, "id")) t.id = text(x);
    else if (is(k, "initial_release_date")) t.initial_release_date = text(x);
    else if (is(k, "status")) t.status = text(x);
    else if (is(k, "version")) t.version = text(x);
    else if (is(k, "generator") && x.is_object()) {
      Generator g;
      g.source = x;
      each_member(x, [&](std::string_view gk, const json::Value& gx) {
        if (is(gk, "date")) g.date = text(gx);
        else if (is(gk, "engine") && gx.is_object()) {
          Engine e;
          e.source = gx;
          each_member(gx, [&](std::string_view ek, const json::Value& ex) {
            if (is(ek, "name")) e.name = text(ex);
            else if (is(ek, "version")) e.version = text(ex);
          });
          g.engine = std::move(e);
        }
      });
      t.generator = std::move(g);
    } else if (is(k, "revision_history")) {
      t.revision_history = array_of<Revision>(x, [](const json::Value& rv) {
        Revision r;
        r.source = rv;
        each_member(rv, [&](std::string_view rk, const json::Value& rx) {
          if (is(rk, "date")) r.date = text(rx);
          else if (is(rk, "legacy_version")) r.legacy_version = text(rx);
          else if (is(rk, "number")) r.number = text(rx);
          else if (is(rk, "summary")) r.summary = text(rx);
        });
        return r;
      });
    }
  });
  return t;
}

DocumentMeta document_meta(const json::Value& v) {
  DocumentMeta d;
  d.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "acknowledgments")) d.acknowledgments = array_of<Acknowledgment>(x, acknowledgment);
    else if (is(k, "category")) d.category = text(x);
    else if (is(k, "csaf_version")) d.csaf_version = text(x);
    else if (is(k, "lang")) d.lang = text(x);
    else if (is(k, "notes")) d.notes = array_of<Note>(x, note);
    else if (is(k, "references")) d.references = array_of<Reference>(x, reference);
    else if (is(k, "source_lang")) d.source_lang = text(x);
    else if (is(k, "title")) d.title = text(x);
    else if (is(k, "tracking") && x.is_object()) d.tracking = tracking(x);
    else if (is(k, "aggregate_severity") && x.is_object()) {
      AggregateSeverity a;
      a.source = x;
      each_member(x, [&](std::string_view ak, const json::Value& ax) {
        if (is(ak, "namespace")) a.namespace_ = text(ax);
        else if (is(ak, "text")) a.text = text(ax);
      });
      d.aggregate_severity = std::move(a);
    } else if (is(k, "distribution") && x.is_object()) {
      Distribution dist;
      dist.source = x;
      each_member(x, [&](std::string_view dk, const json::Value& dx) {
        if (is(dk, "text")) dist.text = text(dx);
        else if (is(dk, "tlp") && dx.is_object()) {
          Tlp tlp;
          tlp.source = dx;
          each_member(dx, [&](std::string_view tk, const json::Value& tx) {
            if (is(tk, "label")) tlp.label = text(tx);
            else if (is(tk, "url")) tlp.url = text(tx);
          });
          dist.tlp = std::move(tlp);
        }
      });
      d.distribution = std::move(dist);
    } else if (is(k, "publisher") && x.is_object()) {
      Publisher p;
      p.source = x;
      each_member(x, [&](std::string_view pk, const json::Value& px) {
        if (is(pk, "category")) p.category = text(px);
        else if (is(pk, "contact_details")) p.contact_details = text(px);
        else if (is(pk, "issuing_authority")) p.issuing_authority = text(px);
        else if (is(pk, "name")) p.name = text(px);
        else if (is(pk, "namespace")) p.namespace_ = text(px);
      });
      d.publisher = std::move(p);
    }
  });
  return d;
}

std::optional<double> number(const json::Value& v) {
  if (!v.is_number()) return std::nullopt;
  return v.as_double();
}

Cvss cvss(const json::Value& v) {
  Cvss c;
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
  return c;
}

Vulnerability vulnerability(const json::Value& v) {
  Vulnerability vu;
  vu.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (is(k, "acknowledgments")) vu.acknowledgments = array_of<Acknowledgment>(x, acknowledgment);
    else if (is(k, "cve")) vu.cve = text(x);
    else if (is(k, "discovery_date")) vu.discovery_date = text(x);
    else if (is(k, "release_date")) vu.release_date = text(x);
    else if (is(k, "title")) vu.title = text(x);
    else if (is(k, "notes")) vu.notes = array_of<Note>(x, note);
    else if (is(k, "references")) vu.references = array_of<Reference>(x, reference);
    else if (is(k, "cwe") && x.is_object()) {
      Cwe c;
      c.source = x;
      each_member(x, [&](std::string_view ck, const json::Value& cx) {
        if (is(ck, "id")) c.id = text(cx);
        else if (is(ck, "name")) c.name = text(cx);
      });
      vu.cwe = std::move(c);
    } else if (is(k, "flags")) {
      vu.flags = array_of<Flag>(x, [](const json::Value& fv) {
        Flag f;
        f.source = fv;
        each_member(fv, [&](std::string_view fk, const json::Value& fx) {
          if (is(fk, "date")) f.date = text(fx);
          else if (is(fk, "label")) f.label = text(fx);
          else if (is(fk, "group_ids")) f.group_ids = id_list(fx);
          else if (is(fk, "product_ids")) f.product_ids = id_list(fx);
        });
        return f;
      });
    } else if (is(k, "ids")) {
      vu.ids = array_of<VulnerabilityId>(x, [](const json::Value& iv) {
        VulnerabilityId id;
        id.source = iv;
        each_member(iv, [&](std::string_view ik, const json::Value& ix) {
          if (is(ik, "system_name")) id.system_name = text(ix);
          else if (is(ik, "text")) id.text = text(ix);
        });
        return id;
      });
    } else if (is(k, "involvements")) {
      vu.involvements = array_of<Involvement>(x, [](const json::Value& iv) {
        Involvement in;
        in.source = iv;
        each_member(iv, [&](std::string_view ik, const json::Value& ix) {
          if (is(ik, "date")) in.date = text(ix);
          else if (is(ik, "party")) in.party = text(ix);
          else if (is(ik, "status")) in.status = text(ix);
          else if (is(ik, "summary")) in.summary = text(ix);
        });
        return in;
      });
    } else if (is(k, "product_status") && x.is_object()) {
      ProductStatus ps;
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
      vu.product_status = std::move(ps);
    } else if (is(k, "remediations")) {
      vu.remediations = array_of<Remediation>(x, [](const json::Value& rv) {
        Remediation r;
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
            RestartRequired rr;
            rr.source = rx;
            each_member(rx, [&](std::string_view qk, const json::Value& qx) {
              if (is(qk, "category")) rr.category = text(qx);
              else if (is(qk, "details")) rr.details = text(qx);
            });
            r.restart_required = std::move(rr);
          }
        });
        return r;
      });
    } else if (is(k, "scores")) {
      vu.scores = array_of<Score>(x, [](const json::Value& sv) {
        Score s;
        s.source = sv;
        each_member(sv, [&](std::string_view sk, const json::Value& sx) {
          if (is(sk, "cvss_v2") && sx.is_object()) s.cvss_v2 = cvss(sx);
          else if (is(sk, "cvss_v3") && sx.is_object()) s.cvss_v3 = cvss(sx);
          else if (is(sk, "products")) s.products = id_list(sx);
        });
        return s;
      });
    } else if (is(k, "threats")) {
      vu.threats = array_of<Threat>(x, [](const json::Value& tv) {
        Threat t;
        t.source = tv;
        each_member(tv, [&](std::string_view tk, const json::Value& tx) {
          if (is(tk, "category")) t.category = text(tx);
          else if (is(tk, "date")) t.date = text(tx);
          else if (is(tk, "details")) t.details = text(tx);
          else if (is(tk, "group_ids")) t.group_ids = id_list(tx);
          else if (is(tk, "product_ids")) t.product_ids = id_list(tx);
        });
        return t;
      });
    }
  });
  return vu;
}

}  // namespace

Result<Document> parse_document(const json::Value& root) {
  if (!root.is_object())
    return make_error(ErrorCode::kInvalidInput,
                      std::string("expected a CSAF document (a JSON object), found ") + json::to_string(root.type()));
  Document doc;
  doc.source = root;
  each_member(root, [&](std::string_view k, const json::Value& x) {
    if (is(k, "document") && x.is_object()) doc.document = document_meta(x);
    else if (is(k, "product_tree") && x.is_object()) doc.product_tree = product_tree(x);
    else if (is(k, "vulnerabilities")) doc.vulnerabilities = array_of<Vulnerability>(x, vulnerability);
  });
  return doc;
}

}  // namespace vt::csaf
