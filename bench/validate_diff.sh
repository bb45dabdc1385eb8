#!/usr/bin/env bash
# Differential run of vextriage validate against the reference validator on
# ../shared/corpus (CSAF 2.0 documents per INDEX.tsv) and the OASIS test files.
# Every disagreement it lists is either fixed or explained in docs/conformance.md.
# Usage: bench/validate_diff.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
# Absolute: the comparison runs from the peer's directory.
build=$(cd "$build" && pwd)
shared=$here/../../shared
"$here/peer-install.sh" @secvisogram/csaf-validator-lib
cp "$here/csaf_validator_peer.mjs" "$here/validate_diff.mjs" "$here/.peer/"
mapfile -t files < <(
  awk -F'\t' 'NR > 1 && $3 == "2.0" { print "'"$shared"'/corpus/" $1 }' "$shared/corpus/INDEX.tsv"
  find "$shared/csaf/tests/2.0/mandatory" "$shared/csaf/tests/2.0/optional" "$shared/csaf/tests/2.0/informative" -name '*.json' | sort)
cd "$here/.peer" && node validate_diff.mjs "$build/bin/vextriage" "${files[@]}"
