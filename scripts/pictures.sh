#!/usr/bin/env bash
# Renders the README's and the docs' pictures with `tcplab --render` (no display needed): the
# main window in both languages, and the classroom set — lessons 01, 05b, 06a, 06b, 07a, 12a and
# 15a at their key moments, at a projector's 1280x720 in classroom mode, 1366x768 and 1920x1080,
# in English and Chinese. Run after a build; writes into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${TCPLAB_BUILD_DIR:-build}/bin/tcplab"
out=docs/screenshots
mkdir -p "$out"
render() { "$bin" --render "$@" 2>/dev/null; }

for lang in en zh_CN; do
  render builtin:01-handshake-client-closes --at-ms 655 --size 1920x1080 --lang "$lang" "$out/main_$lang.png"
done

# lesson:key moment in ms (the instants docs/lessons.md describes)
lessons=(
  01-handshake-client-closes:655
  05b-lost-last-ack-without-time-wait:975
  06a-old-duplicate-with-time-wait:630
  06b-old-duplicate-short-time-wait:1960
  07a-close-wait-leak-late-write:97000
  12a-syn-flood-backlog-full:1500
  15a-time-wait-assassination:3330
)
for entry in "${lessons[@]}"; do
  name=${entry%%:*} at=${entry##*:} short=${entry%%-*}
  for lang in en zh_CN; do
    render "builtin:$name" --at-ms "$at" --size 1280x720 --classroom --lang "$lang" "$out/${short}_classroom-1280x720_$lang.png"
    render "builtin:$name" --at-ms "$at" --size 1366x768 --lang "$lang" "$out/${short}_1366x768_$lang.png"
    render "builtin:$name" --at-ms "$at" --size 1920x1080 --lang "$lang" "$out/${short}_1920x1080_$lang.png"
  done
done
# Every lesson at its key moment for docs/lessons.md, at a common projector's 1280x800; the
# instants are the ones tests/gui/test_lesson_screenshots checks against the golden traces.
python3 - "$bin" <<'PY'
import re, subprocess, sys
text = open("tests/gui/test_lesson_screenshots.cpp", encoding="utf-8").read()
for name, at in re.findall(r'Lesson \{ "([^"]+)", (\d+)', text):
    subprocess.run([sys.argv[1], "--render", "builtin:" + name, "--at-ms", at, "--size", "1280x800",
                    "docs/lessons/%s.png" % name], check=True, stderr=subprocess.DEVNULL)
PY

# Compare mode, the central lesson: 06a and 06b side by side just after the new request was sent.
for lang in en zh_CN; do
  render builtin:06a-old-duplicate-with-time-wait --compare builtin:06b-old-duplicate-short-time-wait --at-ms 2180 \
    --size 1920x1080 --lang "$lang" "$out/compare-06_1920x1080_$lang.png"
  render builtin:06a-old-duplicate-with-time-wait --compare builtin:06b-old-duplicate-short-time-wait --at-ms 2180 \
    --size 1280x720 --classroom --lang "$lang" "$out/compare-06_classroom-1280x720_$lang.png"
done

# A real capture (tests/fixtures/loopback.pcap, made by tcpdump on loopback) replayed in the
# window, for the README, docs/captures.md and the AppStream metainfo.
render tests/fixtures/loopback.pcap --at-ms 630 --size 1920x1080 --lang en "$out/capture_en.png"

# 256 colours keep every label crisp at a third of the size (ImageMagick's own convert, when
# installed: the first one on PATH may be a stand-in).
if [[ -x /usr/bin/convert ]]; then
  for f in "$out"/*.png docs/lessons/*.png; do /usr/bin/convert "$f" +dither -colors 256 "PNG8:$f"; done
elif command -v pngquant >/dev/null; then
  for f in "$out"/*.png docs/lessons/*.png; do pngquant --force --nofs 256 --output "$f" "$f"; done
fi

echo "pictures: $(ls "$out" | wc -l) files in $out, $(ls docs/lessons | wc -l) in docs/lessons"
