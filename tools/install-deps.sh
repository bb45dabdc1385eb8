#!/usr/bin/env bash
# Installs the Debian 12 packages vextriage builds and tests with, when missing.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config clang libclang-rt-14-dev
  libsimdjson-dev libpcre2-dev libcli11-dev libfmt-dev libssl-dev libtomlplusplus-dev
  libhunspell-dev hunspell-en-us libcurl4-openssl-dev librnp-dev
  libzstd-dev libarchive-dev zlib1g-dev libsqlite3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libabsl-dev libmimalloc-dev librpm-dev libdpkg-dev dpkg-dev liblzma-dev libbz2-dev time
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js runs the peer tools of the benchmarks. Machines often carry it from
# NodeSource, whose nodejs package bundles npm and conflicts with Debian's npm
# package, so ask for the commands rather than for Debian's package names.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
