#!/usr/bin/env bash
# Differential run of our CVSS v4.0 scores against ae-cvss-calculator (npm):
# every v4.0 vector of ../shared/testsuites/cvss/cvss_vectors.tsv plus COUNT
# random valid vectors from a seeded generator. Zero disagreements expected;
# prints the counts and lists any disagreement.
# Usage: bench/cvss4_diff.sh [BUILD_DIR] [COUNT=100000] [SEED=4]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
count=${2:-100000}
seed=${3:-4}
shared=$(cd "$here/../../shared" && pwd)
"$here/peer-install.sh" ae-cvss-calculator
cp "$here/cvss4_peer.mjs" "$here/.peer/"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$here/.peer" && node cvss4_peer.mjs "$shared/testsuites/cvss/cvss_vectors.tsv" "$count" "$seed") >"$work/peer.tsv"
cut -f1 "$work/peer.tsv" | "$build/bin/cvss4_score" >"$work/ours.txt"
paste "$work/peer.tsv" "$work/ours.txt" | awk -F'\t' '
  { n++; if ($2 == $3) same++; else { diff++; if (diff <= 20) print "DISAGREE " $1 ": ae " $2 ", vextriage " $3 } }
  END {
    printf "CVSS v4.0 differential: %d vectors, %d agree, %d disagree\n", n, same, diff
    exit diff > 0
  }'
