#!/usr/bin/env bash
# The README's first command: installs what is missing, builds (release), and
# runs the main job on the bundled sample data with the embedded defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
bin=build/release/bin/vextriage
estate=examples/estate
echo "== vextriage scan: the bundled demo estate (examples/estate) against MSRC-style VEX and a kernel CVE record"
"$bin" scan "$estate/estate.json" --vex "$estate/vex" --cve "$estate/cve" || true
echo
echo "== why: the evidence of one finding (vm-cbl2's kernel, gated by its build options)"
"$bin" scan "$estate/estate.json" --vex "$estate/vex" --cve "$estate/cve" --format json -q |
  python3 -c 'import json,sys
for f in json.load(sys.stdin)["findings"]:
    if f["artifact"] == "vm-cbl2" and f["vulnerability"] == "CVE-2025-38477":
        print(f["artifact"], f["vulnerability"], f["component"]["name"], "->", f["verdict"])
        for e in f["evidence"]: print("  -", e["kind"] + ":", e["detail"])'
echo
echo "== vextriage validate: the OASIS CSAF 2.0 examples (schema + mandatory + optional + informative tests)"
"$bin" validate --preset full ../shared/csaf/examples/2.0/csaf || true
echo
echo "== vextriage validate: one OASIS conformance file that must fail test 6.1.1"
"$bin" validate ../shared/csaf/tests/2.0/mandatory/oasis_csaf_tc-csaf_2_0-2021-6-1-01-01.json || true
echo
echo "== vextriage feeds import: a copied provider tree (Stackable's, with its keys), every hash and signature checked"
home=$(mktemp -d)
"$bin" feeds import ../shared/corpus/signed-stackable --trust 218E03479FE800223105FEA631905DED3EFD610A --home "$home" || true
"$bin" feeds status --home "$home" || true
rm -rf "$home"
echo
echo "== vextriage version compare"
for args in "rpm 1.0~rc1-1 1.0-1" "deb 1:1.0-1 2.0-1" "apk 1.2.3_rc1-r0 1.2.3-r0"; do
  # shellcheck disable=SC2086
  printf 'compare %-26s -> ' "$args"; "$bin" version compare $args || true
done
