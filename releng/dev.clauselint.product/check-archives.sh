#!/usr/bin/env bash
# Checks the Clauselint Studio archives this module built for the platforms that cannot be
# started here (Windows, macOS), and the linux one alike, by listing them: each must exist,
# hold its own platform's SWT fragment and start script, the Equinox launcher jar, and no
# other platform's SWT fragment. Maven-free (tar, and the JDK's jar for the zip); .ci/run
# calls it after the build.   releng/dev.clauselint.product/check-archives.sh
set -euo pipefail

products=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/target/products
failed=0
fail() { echo "studio archives: FAILED: $*" >&2; failed=1; bad=1; }

# archive  swt fragment  start script (path inside the archive)
check() {
  local archive=$products/$1 fragment=$2 script=$3 listing bad=
  if [ ! -f "$archive" ]; then
    fail "no $archive (build it: ./mvnw -B verify -pl releng/dev.clauselint.target,releng/dev.clauselint.product -am)"
    return
  fi
  case $archive in
    *.zip) listing=$(jar tf "$archive") ;;
    *) listing=$(tar --warning=no-unknown-keyword -tzf "$archive") ;;
  esac
  grep -q "/plugins/${fragment}_[^/]*\.jar\$" <<<"$listing" \
    || fail "$1 lacks its SWT fragment $fragment"
  grep -qx "$script" <<<"$listing" || fail "$1 lacks its start script $script"
  grep -q '/plugins/org\.eclipse\.equinox\.launcher_[^/]*\.jar$' <<<"$listing" \
    || fail "$1 lacks the Equinox launcher jar"
  local others
  others=$(grep -o '/plugins/org\.eclipse\.swt\.[a-z0-9]*\.[a-z0-9]*\.[a-z0-9_]*_' <<<"$listing" \
    | grep -v "/plugins/${fragment}_" || true)
  [ -z "$others" ] || fail "$1 holds another platform's SWT fragment: $others"
  [ -n "$bad" ] || echo "studio archives: $1 ok ($(du -h "$archive" | cut -f1))"
}

check clauselint-studio-linux.gtk.x86_64.tar.gz org.eclipse.swt.gtk.linux.x86_64 \
  clauselint-studio/clauselint-studio
check clauselint-studio-win32.win32.x86_64.zip org.eclipse.swt.win32.win32.x86_64 \
  clauselint-studio/clauselint-studio.cmd
# Tycho lays macOS installs out as <rootFolder>.app/Contents/Eclipse
for arch in aarch64 x86_64; do
  check clauselint-studio-macosx.cocoa.$arch.tar.gz org.eclipse.swt.cocoa.macosx.$arch \
    clauselint-studio.app/Contents/Eclipse/clauselint-studio.command
done
exit "$failed"
