#!/usr/bin/env bash
# Installs what TCP State Lab needs on Debian 12 (only what is missing), then configures and
# builds it. Safe to run again: installs nothing twice and rebuilds incrementally.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libgl-dev
  libpcap-dev fonts-dejavu-core fonts-wqy-microhei
  clang libclang-rt-14-dev   # the libFuzzer target, tests/fuzz (docs/robustness.md)
  clang-format               # the formatting test, tests/check_format.cmake
  librsvg2-bin               # the icon's PNG sizes, rendered from its SVG (resources/desktop)
  desktop-file-utils appstream lintian dpkg-dev file   # tests/packaging: validators, cpack -G DEB
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
      sudo_cmd=(sudo)
    else
      echo "setup: these Debian packages are missing and I am not root (and there is no sudo):" >&2
      echo "  apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

build_dir=${TCPLAB_BUILD_DIR:-build}
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release ${TCPLAB_CMAKE_ARGS:-}
fi
cmake --build "$build_dir" -j"${TCPLAB_JOBS:-2}"
