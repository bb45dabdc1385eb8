#!/usr/bin/env bash
# Installs the peer tools the benchmarks and differential scripts compare
# against into bench/.peer (git-ignored), from the npm registry.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p .peer
[ -f .peer/package.json ] || echo '{"name":"vextriage-peers","private":true}' > .peer/package.json
need=()
for pkg in "$@"; do
  [ -d ".peer/node_modules/$pkg" ] || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] || npm install --prefix .peer --no-audit --no-fund --silent "${need[@]}" >&2
