#!/usr/bin/env bash
# End-to-end test of the Clauselint VS Code extension in a real VS Code.
#
#   clients/vscode-e2e/run.sh [path/to/clauselint-X.Y.Z.vsix]
#
# @vscode/test-electron cannot download VS Code here, so the test runs code-server 4.100.3
# (VS Code 1.100.3, from the npm registry), installs the packaged .vsix into a fresh
# extensions dir, opens a copy of fixture/ in headless Chromium (the extension host only
# starts once a browser connects) and, through the real workbench UI: waits for the
# data.training-on-inputs diagnostic in the Problems view, opens the quick fix menu (Ctrl+.)
# on its line, picks the first alternative wording the language server offers, saves, and
# checks the file on disk. See drive.mjs for the UI steps.
#
# Without an argument it takes clients/vscode/clauselint-*.vsix, and builds it
# (npm ci && npm run package) when there is none.
#
# Environment:
#   CLAUSELINT_E2E_CACHE  where code-server is installed once and reused
#                         (default ~/.cache/clauselint-e2e)
#   CLAUSELINT_E2E_OUT    work dir: code-server data, logs, screenshots
#                         (default clients/vscode-e2e/out, emptied at start)
#   CLAUSELINT_E2E_DOCS   if set, a directory to write README screenshots into
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
CODE_SERVER_VERSION=4.100.3
# code-server 4.100.3's lib/vscode/npm-shrinkwrap.json pins @vscode/ripgrep 1.15.11, whose
# postinstall fetches this ripgrep-prebuilt release from GitHub unless it finds it cached.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ASSET="ripgrep-v13.0.0-10-$(uname -m)-unknown-linux-musl.tar.gz"

cache="${CLAUSELINT_E2E_CACHE:-$HOME/.cache/clauselint-e2e}"
out="${CLAUSELINT_E2E_OUT:-$here/out}"
export DEBIAN_FRONTEND=noninteractive

# code-server writes its config, logs and heartbeat under the XDG dirs: keep them in $out,
# with its user data and extensions, so a run touches nothing in $HOME.
case "$out" in
  / | "$HOME" | "$repo" | "$here") echo "e2e: refusing to empty CLAUSELINT_E2E_OUT=$out" >&2; exit 2 ;;
esac
rm -rf "$out"
mkdir -p "$out/xdg"
export XDG_CONFIG_HOME="$out/xdg/config" XDG_DATA_HOME="$out/xdg/data" XDG_CACHE_HOME="$out/xdg/cache"
cs() {
  "$code_server" --user-data-dir "$out/user-data" --extensions-dir "$out/extensions" "$@"
}

# --- stage bookkeeping: every failure names the stage it happened in ---------------------
stage=setup
stage_start=$SECONDS
timings=()
begin() {
  stage="$1"
  stage_start=$SECONDS
  echo "e2e: == $stage" >&2
}
done_stage() {
  timings+=("$(printf '%-24s %4ds' "$stage" $((SECONDS - stage_start)))")
}
print_timings() {
  echo "e2e: stage times:" >&2
  local t
  for t in "${timings[@]}"; do echo "e2e:   $t" >&2; done
}

server_pid=
driver_pid=
cleanup() {
  local rc=$?
  # The driver closes Chromium itself; kill it only if it is still running (we are being
  # interrupted). code-server runs in its own session, so its process group also holds the
  # extension host and the Java language server it started.
  if [ -n "$driver_pid" ] && kill -0 "$driver_pid" 2>/dev/null; then
    kill "$driver_pid" 2>/dev/null || true
  fi
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -- "-$server_pid" 2>/dev/null || true
    sleep 1
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  if [ "$rc" -ne 0 ]; then
    timings+=("$(printf '%-24s %4ds (failed)' "$stage" $((SECONDS - stage_start)))")
    echo "e2e: FAILED in stage '$stage' (exit $rc)" >&2
    echo "e2e: logs and screenshots: $out" >&2
    if [ -d "$out/user-data/logs" ]; then
      # The extension's output channel and the extension host log say why a server did
      # not start or a diagnostic never came.
      find "$out/user-data/logs" -type f \( -name 'remoteexthost.log' -o -path '*output_logging*' \) |
        while read -r f; do
          echo "e2e: --- tail of ${f#"$out"/}" >&2
          tail -n 40 "$f" >&2
        done
    fi
    [ -f "$out/code-server.log" ] && { echo "e2e: --- tail of code-server.log" >&2; tail -n 30 "$out/code-server.log" >&2; }
  fi
  [ "${#timings[@]}" -gt 0 ] && print_timings
  # The summary closes the output, where CI looks for it.
  if [ "$rc" -eq 0 ]; then echo "e2e: 1 passed, 0 failed"; else echo "e2e: 0 passed, 1 failed"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. system packages ------------------------------------------------------------------
begin "system packages"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
# kerberos (a code-server dependency) compiles against krb5 headers; node-pty, spdlog and
# others compile with node-gyp (make, g++, python3).
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "e2e: installing ${missing[*]}" >&2
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
fi
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo none)"
if [ "$node_major" != 20 ]; then
  echo "e2e: code-server $CODE_SERVER_VERSION needs Node 20, found: $node_major" >&2
  exit 1
fi
done_stage

# --- 2. code-server (cached) -------------------------------------------------------------
begin "code-server install"
cs_home="$cache/code-server-$CODE_SERVER_VERSION"
code_server="$cs_home/node_modules/.bin/code-server"
if [ -f "$cs_home/.complete" ] && [ -x "$code_server" ]; then
  echo "e2e: reusing $cs_home" >&2
else
  rm -rf "$cs_home" "$cs_home.partial"
  mkdir -p "$cs_home.partial/tmp"
  # Pre-seed @vscode/ripgrep's download cache (it looks in os.tmpdir()) with Debian's rg,
  # packed the way the GitHub asset is: a tarball with rg at its root.
  rg_cache="$cs_home.partial/tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  mkdir -p "$rg_cache" "$cs_home.partial/tmp/rg"
  cp "$(command -v rg)" "$cs_home.partial/tmp/rg/rg"
  tar czf "$rg_cache/$RIPGREP_ASSET" -C "$cs_home.partial/tmp/rg" rg
  # Native modules build against Debian's Node headers: node-gyp cannot download them here.
  if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
  # unsafe_perm: code-server's postinstall refuses to run as root without it; yes: node-pty's
  # build runs `npx node-gyp`, which would otherwise wait for a confirmation.
  if ! (cd "$cs_home.partial" &&
      TMPDIR="$cs_home.partial/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
        npm install --prefix "$cs_home.partial" --no-audit --no-fund --loglevel=error \
        "code-server@$CODE_SERVER_VERSION" </dev/null >"$cache/code-server-install.log" 2>&1); then
    tail -n 60 "$cache/code-server-install.log" >&2
    echo "e2e: npm install of code-server failed; full log: $cache/code-server-install.log" >&2
    exit 1
  fi
  rm -rf "$cs_home.partial/tmp"
  # .bin links are relative, so the finished tree can move into place.
  mv "$cs_home.partial" "$cs_home"
  touch "$cs_home/.complete"
fi
cs --version | sed -n 1p >&2
done_stage

# --- 3. the browser driver ---------------------------------------------------------------
begin "driver (playwright-core)"
if [ ! -f "$here/node_modules/playwright-core/package.json" ] ||
    [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error </dev/null >&2)
fi
done_stage

# --- 4. the extension package ------------------------------------------------------------
begin "vsix"
vsix="${1:-}"
if [ -z "$vsix" ]; then
  vsix="$(ls -t "$repo"/clients/vscode/clauselint-*.vsix 2>/dev/null | head -n 1 || true)"
  if [ -z "$vsix" ]; then
    echo "e2e: no clients/vscode/clauselint-*.vsix: packaging the extension" >&2
    (cd "$repo/clients/vscode" && npm ci --no-audit --no-fund </dev/null >&2 && npm run package </dev/null >&2)
    vsix="$(ls -t "$repo"/clients/vscode/clauselint-*.vsix | head -n 1)"
  fi
fi
vsix="$(readlink -f "$vsix")"
[ -f "$vsix" ] || { echo "e2e: $vsix not found" >&2; exit 1; }
echo "e2e: testing $vsix" >&2
done_stage

# --- 5. fresh code-server state, workspace and expected fixes ----------------------------
begin "prepare"
mkdir -p "$out/user-data/User" "$out/extensions" "$out/workspace" "$out/screenshots" "$out/xdg"
cp "$here/fixture/sample.contract.md" "$out/workspace/"
cp "$here/settings.json" "$out/user-data/User/settings.json"
# The fixes the bundled server offers for the fixture, from its own command line: the
# driver picks a quick fix by one of these titles and knows the exact text it must write.
jar="$out/clauselint.jar"
python3 - "$vsix" "$jar" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    names = [n for n in z.namelist() if n.endswith('/clauselint.jar')]
    if not names:
        sys.exit('e2e: the .vsix bundles no clauselint.jar')
    with open(sys.argv[2], 'wb') as f:
        f.write(z.read(names[0]))
PY
(cd "$out/workspace" && java -jar "$jar" check --format json --fail-on none sample.contract.md) >"$out/expected-findings.json"
done_stage

# --- 6. install the extension ------------------------------------------------------------
begin "install extension"
cs --install-extension "$vsix" </dev/null >"$out/install-extension.log" 2>&1 ||
  { cat "$out/install-extension.log" >&2; exit 1; }
cat "$out/install-extension.log" >&2
done_stage

# --- 7. start code-server ----------------------------------------------------------------
begin "start code-server"
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
url="http://127.0.0.1:$port/?folder=$out/workspace"
# setsid: its own process group, so cleanup can stop it with the extension host and the
# language server it starts.
setsid "$code_server" --user-data-dir "$out/user-data" --extensions-dir "$out/extensions" \
    --config "$out/xdg/code-server.yaml" \
    --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
    --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
    </dev/null >"$out/code-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { echo "e2e: code-server exited" >&2; exit 1; }
  sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" || { echo "e2e: code-server did not answer in 60 s" >&2; exit 1; }
done_stage

# --- 8. drive the workbench --------------------------------------------------------------
begin "workbench test"
E2E_URL="$url" E2E_FILE="$out/workspace/sample.contract.md" \
  E2E_ORIGINAL="$here/fixture/sample.contract.md" E2E_FINDINGS="$out/expected-findings.json" \
  E2E_SHOTS="$out/screenshots" E2E_DOCS="${CLAUSELINT_E2E_DOCS:-}" \
  node "$here/drive.mjs" </dev/null &
driver_pid=$!
wait "$driver_pid"
driver_pid=
done_stage

echo "e2e: screenshots: $out/screenshots" >&2
