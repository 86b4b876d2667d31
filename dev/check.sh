#!/usr/bin/env bash
# Fast loop for playbook authors: compiles core with javac (no Maven), runs every rule's examples
# and the dev-corpus evaluation. Usage: dev/check.sh [rule-id-prefix...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
m2=${M2_REPO:-$HOME/.m2/repository}
cp="$m2/org/jsoup/jsoup/1.18.3/jsoup-1.18.3.jar:$m2/org/yaml/snakeyaml/2.3/snakeyaml-2.3.jar:$m2/com/google/code/gson/gson/2.11.0/gson-2.11.0.jar"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -nowarn -d "$out" -cp "$cp" $(find "$root/bundles/dev.clauselint.core/src/main/java" -name '*.java') \
  "$root/bundles/dev.clauselint.core.tests/src/test/java/dev/clauselint/core/eval/"{CorpusEvaluation,DevCheck}.java
java -Dclauselint.shared="$root/../shared" -cp "$out:$root/bundles/dev.clauselint.core/src/main/resources:$cp" \
  dev.clauselint.core.eval.DevCheck "$@"
