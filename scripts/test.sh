#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cd "${TCPLAB_BUILD_DIR:-build}"
ctest --output-on-failure -j"${TCPLAB_JOBS:-2}"
