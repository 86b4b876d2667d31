#!/usr/bin/env bash
# Smoke test of the materialised Clauselint Studio: unpacks the archive this module built,
# starts it with a fresh workspace under a display, waits until the workbench is up (the
# startup hook's line on the console, and the window showing the sample contract it opened),
# then stops it. Without $DISPLAY it runs itself under xvfb-run.
#   releng/dev.clauselint.product/smoke-test.sh [SCREENSHOT.png]
# With an argument it also saves a screenshot of the window (ImageMagick's import), e.g.
# docs/images/clauselint-studio.png. Needs x11-utils (xwininfo) and GTK 3.
set -euo pipefail

here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
archive=$here/target/products/clauselint-studio-linux.gtk.x86_64.tar.gz
timeout=${CLAUSELINT_STUDIO_TIMEOUT:-120}
shot=${1:+$(readlink -f "$1")}

fail() { echo "studio smoke test: FAILED: $*" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
[ -f "$archive" ] || fail "no $archive (build it: ./mvnw -B verify -pl releng/dev.clauselint.target,releng/dev.clauselint.product -am)"
command -v xwininfo >/dev/null || fail "xwininfo not found (Debian package x11-utils)"

tmp=$(mktemp -d)
studio_pid=
cleanup() {
  [ -n "$studio_pid" ] && kill -KILL "$studio_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
tar --warning=no-unknown-keyword -xzf "$archive" -C "$tmp"

log=$tmp/studio.log
"$tmp/clauselint-studio/clauselint-studio" -data "$tmp/workspace" -consoleLog >"$log" 2>&1 &
studio_pid=$!

# Up = the startup hook has run (after the first window opened) and that window's title
# names the sample contract, so the project was created and the Contract editor opened it.
started=$SECONDS
window=
while [ -z "$window" ]; do
  if ! kill -0 "$studio_pid" 2>/dev/null; then
    cat "$log" >&2
    fail "Clauselint Studio exited during start-up (its console is above)"
  fi
  if [ $((SECONDS - started)) -ge "$timeout" ]; then
    cat "$log" >&2
    fail "no workbench window with the sample contract after ${timeout}s (console above)"
  fi
  sleep 1
  if grep -q '^clauselint-studio: workbench started' "$log"; then
    window=$(xwininfo -root -tree \
      | awk '/ai-services-agreement\.contract\.md - Clauselint Studio/ { print $1; exit }')
  fi
done
echo "studio smoke test: workbench up after $((SECONDS - started))s (window $window)"

if [ -n "$shot" ]; then
  sleep 10 # the first review's markers, annotations and the Problems view's throttled refresh
  import -window "$window" "$shot"
  echo "studio smoke test: screenshot $shot"
fi

# Errors the platform logged while starting (with -consoleLog they go to the console).
if grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
  cat "$log" >&2
  fail "errors were logged during start-up (console above)"
fi

# Stop: SIGTERM runs the JVM's shutdown hooks; the workspace is thrown away anyway.
kill -TERM "$studio_pid"
for _ in $(seq 20); do
  kill -0 "$studio_pid" 2>/dev/null || break
  sleep 1
done
kill -0 "$studio_pid" 2>/dev/null && fail "Clauselint Studio did not stop within 20s of SIGTERM"
studio_pid=
echo "studio smoke test: passed"
