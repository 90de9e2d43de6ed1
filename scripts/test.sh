#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cd "${TCPLAB_BUILD_DIR:-build}"
ctest --output-on-failure -j"${TCPLAB_JOBS:-2}"
cd - >/dev/null

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer (docs/robustness.md §5):
# measured 12.6 min to build and 1 min to test on 2 busy cores. TCPLAB_SANITIZE_RUN=0 skips it.
if [[ "${TCPLAB_SANITIZE_RUN:-1}" != 0 ]]; then
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  ctest --preset asan
fi
# The 60 s libFuzzer run needs a clang build of its own: on demand only (TCPLAB_FUZZ_RUN=1).
if [[ "${TCPLAB_FUZZ_RUN:-0}" != 0 ]]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
  ctest --test-dir build-fuzz -R fuzz_scenario_loader --output-on-failure
fi
