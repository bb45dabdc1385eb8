#include "documents/csaf/parse.h"

namespace vt::csaf {
namespace {

// Members are read by iterating each object once and dispatching on the
// key: documents have many members, and find() per field would rescan them.
Text text(const json::Value& v) {
  if (!v.is_string()) return std::nullopt;
  return v.as_string();
}

std::vector<std::string_view> strings(const json::Value& v) {
  std::vector<std::string_view> out;
  if (!v.is_array()) return out;
  out.reserve(v.size());
  for (json::Value item : v.items())
    if (item.is_string()) out.push_back(item.as_string());
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
    if (k == "audience") n.audience = text(x);
    else if (k == "category") n.category = text(x);
    else if (k == "text") n.text = text(x);
    else if (k == "title") n.title = text(x);
  });
  return n;
}

Reference reference(const json::Value& v) {
  Reference r;
  r.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (k == "category") r.category = text(x);
    else if (k == "summary") r.summary = text(x);
    else if (k == "url") r.url = text(x);
  });
  return r;
}

Acknowledgment acknowledgment(const json::Value& v) {
  Acknowledgment a;
  a.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (k == "names") a.names = strings(x);
    else if (k == "organization") a.organization = text(x);
    else if (k == "summary") a.summary = text(x);
    else if (k == "urls") a.urls = strings(x);
  });
  return a;
}

ProductIdentificationHelper helper(const json::Value& v) {
  ProductIdentificationHelper h;
  h.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (k == "cpe") h.cpe = text(x);
    else if (k == "purl") h.purl = text(x);
    else if (k == "model_numbers") h.model_numbers = strings(x);
    else if (k == "sbom_urls") h.sbom_urls = strings(x);
    else if (k == "serial_numbers") h.serial_numbers = strings(x);
    else if (k == "skus") h.skus = strings(x);
    else if (k == "hashes")
      h.hashes = array_of<HashSet>(x, [](const json::Value& hv) {
        HashSet hs;
        hs.source = hv;
        each_member(hv, [&](std::string_view hk, const json::Value& hx) {
          if (hk == "filename") hs.filename = text(hx);
          else if (hk == "file_hashes")
            hs.file_hashes = array_of<FileHash>(hx, [](const json::Value& fv) {
              FileHash fh;
              fh.source = fv;
              each_member(fv, [&](std::string_view fk, const json::Value& fx) {
                if (fk == "algorithm") fh.algorithm = text(fx);
                else if (fk == "value") fh.value = text(fx);
              });
              return fh;
            });
        });
        return hs;
      });
    else if (k == "x_generic_uris")
      h.x_generic_uris = array_of<GenericUri>(x, [](const json::Value& gv) {
        GenericUri g;
        g.source = gv;
        each_member(gv, [&](std::string_view gk, const json::Value& gx) {
          if (gk == "namespace") g.namespace_ = text(gx);
          else if (gk == "uri") g.uri = text(gx);
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
    if (k == "name") p.name = text(x);
    else if (k == "product_id") p.product_id = text(x);
    else if (k == "product_identification_helper" && x.is_object()) p.product_identification_helper = helper(x);
  });
  return p;
}

// Branches nest; the JSON layer already caps nesting at 1,024 levels, so
// recursion here is bounded.
Branch branch(const json::Value& v) {
  Branch b;
  b.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (k == "branches") b.branches = array_of<Branch>(x, branch);
    else if (k == "category") b.category = text(x);
    else if (k == "name") b.name = text(x);
    else if (k == "product" && x.is_object()) b.product = full_product_name(x);
  });
  return b;
}

ProductTree product_tree(const json::Value& v) {
  ProductTree t;
  t.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (k == "branches") t.branches = array_of<Branch>(x, branch);
    else if (k == "full_product_names") t.full_product_names = array_of<FullProductName>(x, full_product_name);
    else if (k == "product_groups")
      t.product_groups = array_of<ProductGroup>(x, [](const json::Value& gv) {
        ProductGroup g;
        g.source = gv;
        each_member(gv, [&](std::string_view gk, const json::Value& gx) {
          if (gk == "group_id") g.group_id = text(gx);
          else if (gk == "summary") g.summary = text(gx);
          else if (gk == "product_ids") {
            g.product_ids = strings(gx);
            g.product_ids_source = gx;
          }
        });
        return g;
      });
    else if (k == "relationships")
      t.relationships = array_of<Relationship>(x, [](const json::Value& rv) {
        Relationship r;
        r.source = rv;
        each_member(rv, [&](std::string_view rk, const json::Value& rx) {
          if (rk == "category") r.category = text(rx);
          else if (rk == "full_product_name" && rx.is_object()) r.full_product_name = full_product_name(rx);
          else if (rk == "product_reference") r.product_reference = text(rx);
          else if (rk == "relates_to_product_reference") r.relates_to_product_reference = text(rx);
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
    if (k == "aliases") t.aliases = strings(x);
    else if (k == "current_release_date") t.current_release_date = text(x);
    else if (k == "id") t.id = text(x);
    else if (k == "initial_release_date") t.initial_release_date = text(x);
    else if (k == "status") t.status = text(x);
    else if (k == "version") t.version = text(x);
    else if (k == "generator" && x.is_object()) {
      Generator g;
      g.source = x;
      each_member(x, [&](std::string_view gk, const json::Value& gx) {
        if (gk == "date") g.date = text(gx);
        else if (gk == "engine" && gx.is_object()) {
          Engine e;
          e.source = gx;
          each_member(gx, [&](std::string_view ek, const json::Value& ex) {
            if (ek == "name") e.name = text(ex);
            else if (ek == "version") e.version = text(ex);
          });
          g.engine = e;
        }
      });
      t.generator = g;
    } else if (k == "revision_history") {
      t.revision_history = array_of<Revision>(x, [](const json::Value& rv) {
        Revision r;
        r.source = rv;
        each_member(rv, [&](std::string_view rk, const json::Value& rx) {
          if (rk == "date") r.date = text(rx);
          else if (rk == "legacy_version") r.legacy_version = text(rx);
          else if (rk == "number") r.number = text(rx);
          else if (rk == "summary") r.summary = text(rx);
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
    if (k == "acknowledgments") d.acknowledgments = array_of<Acknowledgment>(x, acknowledgment);
    else if (k == "category") d.category = text(x);
    else if (k == "csaf_version") d.csaf_version = text(x);
    else if (k == "lang") d.lang = text(x);
    else if (k == "notes") d.notes = array_of<Note>(x, note);
    else if (k == "references") d.references = array_of<Reference>(x, reference);
    else if (k == "source_lang") d.source_lang = text(x);
    else if (k == "title") d.title = text(x);
    else if (k == "tracking" && x.is_object()) d.tracking = tracking(x);
    else if (k == "aggregate_severity" && x.is_object()) {
      AggregateSeverity a;
      a.source = x;
      each_member(x, [&](std::string_view ak, const json::Value& ax) {
        if (ak == "namespace") a.namespace_ = text(ax);
        else if (ak == "text") a.text = text(ax);
      });
      d.aggregate_severity = a;
    } else if (k == "distribution" && x.is_object()) {
      Distribution dist;
      dist.source = x;
      each_member(x, [&](std::string_view dk, const json::Value& dx) {
        if (dk == "text") dist.text = text(dx);
        else if (dk == "tlp" && dx.is_object()) {
          Tlp tlp;
          tlp.source = dx;
          each_member(dx, [&](std::string_view tk, const json::Value& tx) {
            if (tk == "label") tlp.label = text(tx);
            else if (tk == "url") tlp.url = text(tx);
          });
          dist.tlp = tlp;
        }
      });
      d.distribution = dist;
    } else if (k == "publisher" && x.is_object()) {
      Publisher p;
      p.source = x;
      each_member(x, [&](std::string_view pk, const json::Value& px) {
        if (pk == "category") p.category = text(px);
        else if (pk == "contact_details") p.contact_details = text(px);
        else if (pk == "issuing_authority") p.issuing_authority = text(px);
        else if (pk == "name") p.name = text(px);
        else if (pk == "namespace") p.namespace_ = text(px);
      });
      d.publisher = p;
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
    if (k == "version") c.version = text(x);
    else if (k == "vectorString") c.vector_string = text(x);
    else if (k == "baseScore") c.base_score = number(x);
    else if (k == "temporalScore") c.temporal_score = number(x);
    else if (k == "environmentalScore") c.environmental_score = number(x);
    else if (k == "baseSeverity") c.base_severity = text(x);
    else if (k == "temporalSeverity") c.temporal_severity = text(x);
    else if (k == "environmentalSeverity") c.environmental_severity = text(x);
  });
  return c;
}

Vulnerability vulnerability(const json::Value& v) {
  Vulnerability vu;
  vu.source = v;
  each_member(v, [&](std::string_view k, const json::Value& x) {
    if (k == "acknowledgments") vu.acknowledgments = array_of<Acknowledgment>(x, acknowledgment);
    else if (k == "cve") vu.cve = text(x);
    else if (k == "discovery_date") vu.discovery_date = text(x);
    else if (k == "release_date") vu.release_date = text(x);
    else if (k == "title") vu.title = text(x);
    else if (k == "notes") vu.notes = array_of<Note>(x, note);
    else if (k == "references") vu.references = array_of<Reference>(x, reference);
    else if (k == "cwe" && x.is_object()) {
      Cwe c;
      c.source = x;
      each_member(x, [&](std::string_view ck, const json::Value& cx) {
        if (ck == "id") c.id = text(cx);
        else if (ck == "name") c.name = text(cx);
      });
      vu.cwe = c;
    } else if (k == "flags") {
      vu.flags = array_of<Flag>(x, [](const json::Value& fv) {
        Flag f;
        f.source = fv;
        each_member(fv, [&](std::string_view fk, const json::Value& fx) {
          if (fk == "date") f.date = text(fx);
          else if (fk == "label") f.label = text(fx);
          else if (fk == "group_ids") f.group_ids = id_list(fx);
          else if (fk == "product_ids") f.product_ids = id_list(fx);
        });
        return f;
      });
    } else if (k == "ids") {
      vu.ids = array_of<VulnerabilityId>(x, [](const json::Value& iv) {
        VulnerabilityId id;
        id.source = iv;
        each_member(iv, [&](std::string_view ik, const json::Value& ix) {
          if (ik == "system_name") id.system_name = text(ix);
          else if (ik == "text") id.text = text(ix);
        });
        return id;
      });
    } else if (k == "involvements") {
      vu.involvements = array_of<Involvement>(x, [](const json::Value& iv) {
        Involvement in;
        in.source = iv;
        each_member(iv, [&](std::string_view ik, const json::Value& ix) {
          if (ik == "date") in.date = text(ix);
          else if (ik == "party") in.party = text(ix);
          else if (ik == "status") in.status = text(ix);
          else if (ik == "summary") in.summary = text(ix);
        });
        return in;
      });
    } else if (k == "product_status" && x.is_object()) {
      ProductStatus ps;
      ps.source = x;
      each_member(x, [&](std::string_view pk, const json::Value& px) {
        if (pk == "first_affected") ps.first_affected = id_list(px);
        else if (pk == "first_fixed") ps.first_fixed = id_list(px);
        else if (pk == "fixed") ps.fixed = id_list(px);
        else if (pk == "known_affected") ps.known_affected = id_list(px);
        else if (pk == "known_not_affected") ps.known_not_affected = id_list(px);
        else if (pk == "last_affected") ps.last_affected = id_list(px);
        else if (pk == "recommended") ps.recommended = id_list(px);
        else if (pk == "under_investigation") ps.under_investigation = id_list(px);
      });
      vu.product_status = ps;
    } else if (k == "remediations") {
      vu.remediations = array_of<Remediation>(x, [](const json::Value& rv) {
        Remediation r;
        r.source = rv;
        each_member(rv, [&](std::string_view rk, const json::Value& rx) {
          if (rk == "category") r.category = text(rx);
          else if (rk == "date") r.date = text(rx);
          else if (rk == "details") r.details = text(rx);
          else if (rk == "entitlements") r.entitlements = strings(rx);
          else if (rk == "group_ids") r.group_ids = id_list(rx);
          else if (rk == "product_ids") r.product_ids = id_list(rx);
          else if (rk == "url") r.url = text(rx);
          else if (rk == "restart_required" && rx.is_object()) {
            RestartRequired rr;
            rr.source = rx;
            each_member(rx, [&](std::string_view qk, const json::Value& qx) {
              if (qk == "category") rr.category = text(qx);
              else if (qk == "details") rr.details = text(qx);
            });
            r.restart_required = rr;
          }
        });
        return r;
      });
    } else if (k == "scores") {
      vu.scores = array_of<Score>(x, [](const json::Value& sv) {
        Score s;
        s.source = sv;
        each_member(sv, [&](std::string_view sk, const json::Value& sx) {
          if (sk == "cvss_v2" && sx.is_object()) s.cvss_v2 = cvss(sx);
          else if (sk == "cvss_v3" && sx.is_object()) s.cvss_v3 = cvss(sx);
          else if (sk == "products") s.products = id_list(sx);
        });
        return s;
      });
    } else if (k == "threats") {
      vu.threats = array_of<Threat>(x, [](const json::Value& tv) {
        Threat t;
        t.source = tv;
        each_member(tv, [&](std::string_view tk, const json::Value& tx) {
          if (tk == "category") t.category = text(tx);
          else if (tk == "date") t.date = text(tx);
          else if (tk == "details") t.details = text(tx);
          else if (tk == "group_ids") t.group_ids = id_list(tx);
          else if (tk == "product_ids") t.product_ids = id_list(tx);
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
    if (k == "document" && x.is_object()) doc.document = document_meta(x);
    else if (k == "product_tree" && x.is_object()) doc.product_tree = product_tree(x);
    else if (k == "vulnerabilities") doc.vulnerabilities = array_of<Vulnerability>(x, vulnerability);
  });
  return doc;
}

}  // namespace vt::csaf
