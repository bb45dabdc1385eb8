#!/usr/bin/env bash
# Shrinks fuzz/corpus/<target>/ to the inputs that add coverage beyond the
# seed folders (which stay in ../shared and are never copied in).
#   fuzz/minimize.sh BUILD_BIN_DIR TARGET
set -euo pipefail
bin=${1:?usage: fuzz/minimize.sh BUILD_BIN_DIR TARGET}
name=${2:?target name, e.g. json}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/base" "$scratch/new"
seeds=()
if [ -f "$here/seeds/$name.txt" ]; then
  while IFS= read -r line; do [ -n "$line" ] && [ -e "$repo/$line" ] && seeds+=("$repo/$line"); done <"$here/seeds/$name.txt"
fi
# The seeds' coverage first, then whatever the saved corpus adds to it.
[ ${#seeds[@]} -eq 0 ] || "$bin/${name}_fuzz" -merge=1 "$scratch/base" "${seeds[@]}" >/dev/null 2>&1
ls "$scratch/base" | sort > "$scratch/before"
"$bin/${name}_fuzz" -merge=1 "$scratch/base" "$here/corpus/$name" >/dev/null 2>&1
ls "$scratch/base" | sort > "$scratch/after"
comm -13 "$scratch/before" "$scratch/after" | while read -r f; do cp "$scratch/base/$f" "$scratch/new/"; done
find "$here/corpus/$name" -type f ! -name .keep -delete
cp "$scratch/new/"* "$here/corpus/$name/" 2>/dev/null || true
echo "$name: $(ls "$here/corpus/$name" | wc -l) inputs beyond the seeds"
