#!/usr/bin/env bash
# Runs test262 (the ECMAScript conformance suite) against PipyJS and prints the pass count per
# directory. The checkout is used in place and never committed:
#
#   git clone --depth 1 https://github.com/tc39/test262 /tmp/test262
#   bench/test262.sh /tmp/test262 [--failures /tmp/failures.txt]
#
# Tests for features outside PipyJS's scope (generators, async functions, BigInt, Proxy, typed
# arrays …; the list is Test262Runner.UNSUPPORTED) and module tests are skipped and counted as such.
set -euo pipefail
root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
t262=${1:?usage: bench/test262.sh <test262 checkout> [--failures file]}
shift
cd "$root"
mvn -B -q -pl pipy-js -am test-compile -DskipTests >/dev/null
mvn -B -q -pl pipy-js dependency:build-classpath -Dmdep.outputFile=target/test262.cp -Dmdep.includeScope=test >/dev/null
cp="pipy-js/target/test-classes:pipy-js/target/classes:$(cat pipy-js/target/test262.cp)"
dirs=(
  test/built-ins/Array test/built-ins/String test/built-ins/Object test/built-ins/JSON test/built-ins/Math
  test/built-ins/Number test/built-ins/Map test/built-ins/Set test/built-ins/Promise test/built-ins/RegExp
  test/built-ins/Date test/built-ins/Boolean test/built-ins/Symbol
  test/language/expressions test/language/statements test/language/types test/language/literals
)
exec java -Xss8m -Duser.timezone=UTC -cp "$cp" io.pipy.js.Test262Runner "$t262" "$@" "${dirs[@]}"
