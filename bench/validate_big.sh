#!/usr/bin/env bash
# A 100 MB CSAF document (a real CISA advisory with its vulnerabilities
# repeated, CVE ids made unique), validated with schema + mandatory tests:
# wall time and peak memory against the document's size (target: < 4x).
#   bench/validate_big.sh [BUILD_DIR] [MEGABYTES]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
mb=${2:-100}
# A glob, not `ls | head -1`: under pipefail, ls dies of SIGPIPE once head has its line.
advisories=("$here"/../../shared/corpus/cisa/*/white/2024/*.json)
src=${advisories[0]}
big=$(mktemp /tmp/vt-big.XXXXXX.json)
trap 'rm -f "$big"' EXIT
node -e '
  const fs = require("fs");
  const doc = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const target = Number(process.argv[3]) * 1e6;
  const base = doc.vulnerabilities;
  const one = JSON.stringify(base).length / base.length;
  const n = Math.ceil(target / one);
  doc.vulnerabilities = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length], cve: `CVE-2099-${String(10000 + i)}` }));
  fs.writeFileSync(process.argv[2], JSON.stringify(doc, null, 1));
  console.error(`${n} vulnerabilities`);' "$src" "$big" "$mb"
size=$(stat -c %s "$big")
/usr/bin/time -f '%e %M' -o /tmp/vt-big.time "$build/bin/vextriage" validate --preset mandatory --format json "$big" > /tmp/vt-big.out || true
read -r secs peak_kb < /tmp/vt-big.time
node -e 'const r = JSON.parse(require("fs").readFileSync("/tmp/vt-big.out", "utf8")); const d = r.documents[0];
  console.log(`valid: ${d.valid}, errors: ${d.errors.length}`)'
awk -v s="$size" -v t="$secs" -v k="$peak_kb" 'BEGIN { printf "vextriage: document %.1f MB: %.2f s, peak %.1f MB = %.2fx its size\n", s/1e6, t, k/1024, k*1024/s }'
# The reference validator on the same file (schema + mandatory tests), if
# bench/peer-install.sh can install it: same measurements.
if [ "${VT_BIG_NO_PEER:-}" != 1 ] && "$here/peer-install.sh" @secvisogram/csaf-validator-lib; then
  cp "$here/csaf_validator_peer.mjs" "$here/.peer/"
  (cd "$here/.peer" && /usr/bin/time -f '%e %M' -o /tmp/vt-big-peer.time \
    node --max-old-space-size=16384 csaf_validator_peer.mjs bench "$big" > /tmp/vt-big-peer.out 2>&1) || true
  read -r psecs ppeak_kb < /tmp/vt-big-peer.time || true
  echo "reference: $(tail -1 /tmp/vt-big-peer.out)"
  awk -v s="$size" -v t="${psecs:-0}" -v k="${ppeak_kb:-0}" 'BEGIN { printf "reference: document %.1f MB: %.2f s, peak %.1f MB = %.2fx its size\n", s/1e6, t, k/1024, k*1024/s }'
fi
