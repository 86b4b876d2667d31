#!/bin/sh
# Starts Clauselint Studio on macOS with the java on PATH (or $JAVA_HOME), 17 or newer.
# A .command file also opens from Finder with a double click. The native Eclipse launcher
# is not on Maven Central, so the product starts through the Equinox launcher jar; SWT's
# Cocoa port must own the main thread, hence -XstartOnFirstThread (which the native
# launcher would otherwise pass). Arguments pass through, e.g. -data <workspace>.
# (No readlink -f on older macOS: cd + pwd -P resolves the folder.)
here=$(cd "$(dirname "$0")" && pwd -P)
java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
exec "$java" -XstartOnFirstThread -jar "$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)" \
  -install "$here" -configuration "${CLAUSELINT_STUDIO_CONFIGURATION:-$here/configuration}" "$@"
