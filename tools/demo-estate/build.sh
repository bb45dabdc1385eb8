#!/usr/bin/env bash
# Regenerates the binary parts of the demo estate in examples/estate/ from
# the text in this folder: rpm databases (real rpm headers, built with
# rpmbuild and registered with `rpm --justdb`), a docker-save archive, an OCI
# image layout, a statically identifiable appliance binary and a WSL host
# snapshot written by `vextriage collect`. Needs Debian's rpm package and a
# built vextriage (VEXTRIAGE=path). The outputs are committed; rerun only
# when the inputs change.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/examples/estate"
vextriage="${VEXTRIAGE:-$repo/build/release/bin/vextriage}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v rpmbuild >/dev/null || { echo "needs rpmbuild: apt-get install rpm" >&2; exit 2; }

# rpm database for one artifact, into ROOT/var/lib/rpm/rpmdb.sqlite.
make_rpmdb() {
  local artifact="$1" root="$2" vendor="$3"
  local top="$work/rpm-$artifact"
  mkdir -p "$top" "$root/var/lib/rpm"
  rm -f "$root/var/lib/rpm/"rpmdb.sqlite*
  grep -v '^#' "$here/packages.tsv" | awk -F'\t' -v a="$artifact" '$1 == a' |
  while IFS=$'\t' read -r _ source epoch version release packages; do
    local spec="$top/$source.spec"
    local main="${packages%% *}"
    {
      echo "Name: $source"
      [ "$epoch" != "0" ] && echo "Epoch: $epoch"
      echo "Version: $version"
      echo "Release: $release"
      echo "Summary: $source (demo estate, header only)"
      echo "License: MIT"
      echo "Vendor: $vendor"
      echo "%description"
      echo "Demo estate package."
      for p in $packages; do
        [ "$p" = "$source" ] && continue
        printf '%%package -n %s\nSummary: %s\n%%description -n %s\nDemo.\n%%files -n %s\n' "$p" "$p" "$p" "$p"
      done
      [ "$main" = "$source" ] && echo "%files"
    } > "$spec"
    rpmbuild -bb --quiet --define "_topdir $top" --target x86_64 "$spec" >/dev/null 2>&1
  done
  rpm --root "$root" --dbpath /var/lib/rpm --define '_db_backend sqlite' --initdb
  rpm --root "$root" --dbpath /var/lib/rpm --define '_db_backend sqlite' -i --justdb --nodeps --noscripts \
      --ignorearch --ignoreos "$top"/RPMS/*/*.rpm 2>/dev/null
  # One self-contained file: fold the write-ahead log in and drop the lock.
  python3 - "$root/var/lib/rpm/rpmdb.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA journal_mode=DELETE")
db.execute("VACUUM")
db.close()
PY
  rm -f "$root/var/lib/rpm/.rpm.lock" "$root/var/lib/rpm/"rpmdb.sqlite-*
}

# Azure Linux 3.0 container image, as `docker save` writes it.
rm -rf "$work/web-azl3" && mkdir -p "$work/web-azl3/etc"
cp "$here/os-release/azurelinux-3.0" "$work/web-azl3/etc/os-release"
make_rpmdb web-azl3 "$work/web-azl3" "Microsoft Corporation"
python3 "$here/make_image.py" docker-save "$work/web-azl3" "$out/images/web-azl3.tar" \
  "contoso.azurecr.io/web-azl3:20251014.2"

# CBL-Mariner 2.0 VM root file system: rpm database, kernel config, modules.
vm="$out/rootfs/vm-cbl2"
make_rpmdb vm-cbl2 "$vm" "Microsoft Corporation"

# Debian 12 container image as an OCI image layout.
python3 "$here/make_image.py" oci-layout "$here/rootfs/debian-app" "$out/images/debian-app-oci" \
  "contoso.azurecr.io/debian-app:1.4.2"

# Appliance without a package database: a binary carrying OpenSSL 3.0.13.
mkdir -p "$out/rootfs/appliance/opt/fabrikam/bin"
gcc -O2 -s -o "$out/rootfs/appliance/opt/fabrikam/bin/edge-agent" "$here/edge-agent.c"

# WSL distro snapshot, collected from a prepared root as `collect` would on the host.
"$vextriage" collect --root "$here/rootfs/wsl-ubuntu" -o "$out/snapshots/dev17-ubuntu.json"
echo "demo estate regenerated in $out" >&2
