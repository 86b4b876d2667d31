#!/usr/bin/env bash
# Rebuilds the reference set shipped in the core bundle from the dev corpus (../shared/corpus),
# dated today. Run it after changing a rule; ReferenceDataStalenessTest fails while it is stale.
# Only the top-level corpus files count: versions/ and large/ are not vendors' current terms.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${CLAUSELINT_SHARED:-$root/../shared}
exec "$root/clauselint" reference build --label "AI vendor terms" \
  -o "$root/bundles/dev.clauselint.core/src/main/resources/dev/clauselint/core/reference/ai-vendor-terms.json" \
  "$shared"/corpus/*.md
