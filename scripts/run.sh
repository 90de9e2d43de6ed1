#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and starts TCP State Lab on its default scenario.
# Any arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
bin="${TCPLAB_BUILD_DIR:-build}/bin"
if [[ -x "$bin/tcplab" ]]; then
  exec "$bin/tcplab" "$@"
fi
exec "$bin/tcplab-cli" run builtin:01-handshake-client-closes "$@"
