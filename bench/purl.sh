#!/usr/bin/env bash
# purl parse throughput, vextriage vs packageurl-js (npm), one core, on the
# same list: every purl of the purl-spec suites plus the purls in the CSAF
# corpus's product_identification_helper. Usage: bench/purl.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
shared=$(cd "$here/../../shared" && pwd)
"$here/peer-install.sh" packageurl-js
cp "$here/purl_peer.mjs" "$here/.peer/"
list=$(mktemp)
trap 'rm -f "$list"' EXIT
node "$here/purl_list.mjs" "$shared/testsuites/purl" "$shared/corpus" >"$list"

ours=$(taskset -c 0 "$build/bin/purl" "$list" | tee /dev/stderr | sed -n 's/^VEXTRIAGE_PURLS_PER_SECOND=//p')
peer=$(cd "$here/.peer" && taskset -c 0 node purl_peer.mjs "$list" | tee /dev/stderr | sed -n 's/^PEER_PURLS_PER_SECOND=//p')
awk -v a="$ours" -v b="$peer" 'BEGIN { printf "vextriage %.0f purls/s, packageurl-js %.0f purls/s: ratio %.1fx\n", a, b, a / b }'
