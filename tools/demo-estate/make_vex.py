#!/usr/bin/env python3
"""Writes the demo estate's MSRC-style CSAF VEX documents (examples/estate/vex/).

The shape follows what MSRC publishes for Azure Linux and CBL-Mariner (one
document per CVE; package ranges "<azl3 openssl 3.3.0-2" as components of
"Azure Linux 3.0"; the fixed version only in the vendor_fix details
"3.3.0-2:Security Update:<url>"). The CVEs are real; the package builds are
the demo estate's own. Each document is valid CSAF 2.0 (checked in tests).
"""
import json
import os
import sys

UPGRADE = "https://learn.microsoft.com/en-us/azure/azure-linux/tutorial-azure-linux-upgrade"
PLATFORMS = {  # code: (product name, branch name, version, product id)
    "azl3": ("Azure Linux 3.0", "Azure Linux", "3.0", "17084"),
    "cbl2": ("CBL Mariner 2.0", "CBL Mariner", "2.0", "17086"),
}

DOCS = [
    {
        "file": "msrc_cve-2024-5535.json", "cve": "CVE-2024-5535", "cwe": ("CWE-200", "Exposure of Sensitive Information to an Unauthorized Actor"),
        "title": "SSL_select_next_proto buffer overread",
        "vector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:H", "score": 9.1, "severity": "CRITICAL",
        "revisions": [("2024-07-02T00:00:00.000Z", "1", "Information published.")],
        "packages": [("azl3", "openssl", "3.3.0-2", "3.3.0-2")],
    },
    {
        "file": "msrc_cve-2025-38477.json", "cve": "CVE-2025-38477", "cwe": ("CWE-416", "Use After Free"),
        "title": "net/sched: sch_qfq: Fix race condition on qfq_aggregate",
        "vector": "CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H", "score": 7.0, "severity": "HIGH",
        "revisions": [("2025-08-05T00:00:00.000Z", "1", "Information published.")],
        "packages": [("azl3", "kernel", "6.6.96.1-1", "6.6.96.1-1"), ("cbl2", "kernel", "5.15.186.1-1", "5.15.186.1-1")],
    },
    {
        "file": "msrc_cve-2025-26465-r1.json", "cve": "CVE-2025-26465", "cwe": ("CWE-390", "Detection of Error Condition Without Action"),
        "title": "OpenSSH: machine-in-the-middle attack when VerifyHostKeyDNS is enabled",
        "vector": "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N", "score": 6.8, "severity": "MEDIUM",
        "revisions": [("2025-02-18T00:00:00.000Z", "1", "Information published.")],
        "packages": [("azl3", "openssh", "9.8p1-4", "9.8p1-4")],
    },
    {
        "file": "msrc_cve-2025-26465-r2.json", "cve": "CVE-2025-26465", "cwe": ("CWE-390", "Detection of Error Condition Without Action"),
        "title": "OpenSSH: machine-in-the-middle attack when VerifyHostKeyDNS is enabled",
        "vector": "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N", "score": 6.8, "severity": "MEDIUM",
        "revisions": [("2025-02-18T00:00:00.000Z", "1", "Information published."),
                      ("2025-03-04T00:00:00.000Z", "2", "Added CBL Mariner 2.0 to the affected products.")],
        "packages": [("azl3", "openssh", "9.8p1-4", "9.8p1-4"), ("cbl2", "openssh", "8.9p1-8", "8.9p1-8")],
    },
]


def document(spec):
    cve = spec["cve"]
    url = f"https://msrc.microsoft.com/csaf/vex/{cve[4:8]}/msrc_{cve.lower()}.json"
    branches, relationships = [], []
    platforms_used = []
    affected, fixed, fix_remediations = [], [], []
    packages = {}
    next_id = 1
    for code, name, below, fix in spec["packages"]:
        pname, branch, version, pid = PLATFORMS[code]
        if code not in platforms_used:
            platforms_used.append(code)
        range_id, fixed_id = str(next_id), str(20000 + next_id)
        next_id += 1
        packages.setdefault(name, []).extend([
            {"category": "product_version_range", "name": f"<{code} {name} {below}",
             "product": {"name": f"<{code} {name} {below}", "product_id": range_id}},
            {"category": "product_version", "name": f"{code} {name} {fix}",
             "product": {"name": f"{code} {name} {fix}", "product_id": fixed_id}},
        ])
        for ref, label in ((range_id, f"<{code} {name} {below}"), (fixed_id, f"{code} {name} {fix}")):
            relationships.append({
                "category": "default_component_of",
                "full_product_name": {"name": f"{label} as a component of {pname}", "product_id": f"{pid}-{ref}"},
                "product_reference": ref, "relates_to_product_reference": pid})
        affected.append(f"{pid}-{range_id}")
        fixed.append(f"{pid}-{fixed_id}")
        fix_remediations.append({"category": "vendor_fix", "date": spec["revisions"][-1][0],
                                 "details": f"{fix}:Security Update:{UPGRADE}",
                                 "product_ids": [f"{pid}-{range_id}"], "url": UPGRADE})
    platform_branches = {}
    for code in platforms_used:
        pname, branch, version, pid = PLATFORMS[code]
        platform_branches.setdefault(branch, []).append(
            {"category": "product_version", "name": version, "product": {"name": pname, "product_id": pid}})
    vendor = [{"category": "product_name", "name": b, "branches": v} for b, v in platform_branches.items()]
    vendor += [{"category": "product_name", "name": n, "branches": v} for n, v in packages.items()]
    revisions = [{"date": d, "legacy_version": n, "number": n, "summary": s} for d, n, s in spec["revisions"]]
    return {
        "document": {
            "category": "csaf_vex", "csaf_version": "2.0",
            "distribution": {"text": "Public", "tlp": {"label": "WHITE", "url": "https://www.first.org/tlp/"}},
            "lang": "en-US",
            "notes": [{"category": "general", "title": "Additional Resources",
                       "text": "To determine the support lifecycle for your software, see the Microsoft Support Lifecycle: https://support.microsoft.com/lifecycle"},
                      {"category": "legal_disclaimer", "title": "Disclaimer",
                       "text": "Demo estate document in the style of MSRC's CSAF VEX; the package builds are the demo estate's own."}],
            "publisher": {"category": "vendor", "contact_details": "secure@microsoft.com",
                          "name": "Microsoft Security Response Center", "namespace": "https://msrc.microsoft.com"},
            "references": [{"category": "self", "summary": f"{cve} {spec['title']} - VEX", "url": url},
                           {"category": "external", "summary": "Microsoft Support Lifecycle",
                            "url": "https://support.microsoft.com/lifecycle"}],
            "title": spec["title"],
            "tracking": {
                "current_release_date": spec["revisions"][-1][0],
                "generator": {"date": spec["revisions"][-1][0], "engine": {"name": "vextriage demo estate", "version": "1"}},
                "id": f"msrc_{cve}", "initial_release_date": spec["revisions"][0][0],
                "revision_history": revisions, "status": "final", "version": spec["revisions"][-1][1]},
        },
        "product_tree": {"branches": [{"category": "vendor", "name": "Microsoft", "branches": vendor}],
                         "relationships": relationships},
        "vulnerabilities": [{
            "cve": cve, "cwe": {"id": spec["cwe"][0], "name": spec["cwe"][1]},
            "notes": [{"category": "general", "text": "demo", "title": "Assigning CNA"},
                      {"category": "description", "text": spec["title"], "title": "Description"}],
            "product_status": {"fixed": fixed, "known_affected": affected},
            "references": [{"category": "self", "summary": f"{cve} {spec['title']} - VEX", "url": url}],
            "remediations": fix_remediations,
            "scores": [{"cvss_v3": {"baseScore": spec["score"], "baseSeverity": spec["severity"],
                                    "vectorString": spec["vector"], "version": "3.1"},
                        "products": affected}],
            "title": spec["title"],
        }],
    }


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../examples/estate/vex")
    os.makedirs(out, exist_ok=True)
    for spec in DOCS:
        with open(os.path.join(out, spec["file"]), "w") as f:
            json.dump(document(spec), f, indent=2)
            f.write("\n")
