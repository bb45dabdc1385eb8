#!/usr/bin/env bash
# Validation throughput, vextriage vs the reference validator
# (@secvisogram/csaf-validator-lib), schema + mandatory tests, one core, same
# files in the same run. Usage: bench/validate.sh [BUILD_DIR] [CORPUS_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
corpus=${2:-$here/../../shared/corpus/cisa}
"$here/peer-install.sh" @secvisogram/csaf-validator-lib
cp "$here/csaf_validator_peer.mjs" "$here/.peer/"
mapfile -t files < <(find "$corpus" -name '*.json' | sort)

# One core for the single-threaded figures; the -j 2 scaling is measured
# apart, unpinned (under taskset both threads would share CPU 0).
out=$(taskset -c 0 "$build/bin/validate" "$corpus" | tee /dev/stderr)
ours=$(echo "$out" | sed -n 's/^VEXTRIAGE_DOCS_PER_SECOND=//p')
ours_first=$(echo "$out" | sed -n 's/^VEXTRIAGE_FIRST_ROUND_DOCS_PER_SECOND=//p')
"$build/bin/validate" --threads-only "$corpus" | sed 's/^/unpinned: /' >&2
peer=$(cd "$here/.peer" && taskset -c 0 node csaf_validator_peer.mjs bench "${files[@]}")
peer_rate=$(echo "$peer" | sed -n 's/.*"docs_per_second":\([0-9.]*\).*/\1/p')
peer_first=$(echo "$peer" | sed -n 's/.*"first_round_seconds":\([0-9.]*\).*/\1/p')
echo "reference csaf-validator-lib: $peer"
# Two ratios: the best rounds (steady state: the reference's JIT has warmed
# up) and the first rounds (one pass over a corpus, as a user runs it once).
awk -v a="$ours" -v b="$peer_rate" 'BEGIN { printf "best rounds: vextriage %.0f docs/s, reference %.0f docs/s: ratio %.1fx\n", a, b, a / b }'
awk -v a="$ours_first" -v n="${#files[@]}" -v s="$peer_first" 'BEGIN { printf "first rounds: vextriage %.0f docs/s, reference %.0f docs/s: ratio %.1fx\n", a, n / s, a / (n / s) }'
