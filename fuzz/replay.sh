#!/usr/bin/env bash
# Replays each fuzz target's inputs once: the corpus fuzzing saved
# (fuzz/corpus/<target>/) plus the seed folders in ../shared named in
# fuzz/seeds/<target>.txt (one path a line, relative to the repository).
# A regression check for everything fuzzing found, not a fuzzing run.
#   fuzz/replay.sh BUILD_BIN_DIR          replay all
#   fuzz/replay.sh BUILD_BIN_DIR --fuzz N fuzz each target N seconds, saving new inputs
set -euo pipefail
bin_dir=${1:?usage: fuzz/replay.sh BUILD_BIN_DIR [--fuzz SECONDS]}
seconds=0
[ "${2:-}" = "--fuzz" ] && seconds=${3:?--fuzz needs seconds}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
status=0
count=0
for target in "$bin_dir"/*_fuzz; do
  [ -x "$target" ] || continue
  name=$(basename "$target" _fuzz)
  corpus="$here/corpus/$name"
  mkdir -p "$corpus"
  dirs=("$corpus")
  if [ -f "$here/seeds/$name.txt" ]; then
    while IFS= read -r line; do
      [ -n "$line" ] && [ -e "$repo/$line" ] && dirs+=("$repo/$line")
    done <"$here/seeds/$name.txt"
  fi
  log=$(mktemp)
  if [ "$seconds" -gt 0 ]; then
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=1048576)
  else
    args=(-runs=0 -timeout=30 -rss_limit_mb=4096)
  fi
  if "$target" "${args[@]}" "${dirs[@]}" >"$log" 2>&1; then
    count=$((count + 1))
    [ "$seconds" -gt 0 ] && grep -E '^(#[0-9]+\s+DONE|Done)' "$log" | tail -1 | sed "s/^/$name: /"
  else
    echo "fuzz: $name FAILED" >&2
    tail -40 "$log" >&2
    status=1
  fi
  rm -f "$log"
done
echo "fuzz: $count targets ran cleanly"
exit $status
