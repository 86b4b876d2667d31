#!/usr/bin/env bash
# Regenerates the playbook index files the core bundle loads its rules from (one path per line).
# Run after adding or removing a rule file; PlaybookIndexTest fails when an index is stale.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for dir in playbook playbook-vendor; do
  base="$root/bundles/dev.clauselint.core/src/main/resources/dev/clauselint/core/$dir"
  [ -d "$base" ] || continue
  (cd "$base" && find . -name '*.yaml' | sed 's|^\./||' | LC_ALL=C sort > index.txt)
done
