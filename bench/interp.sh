#!/usr/bin/env bash
# JMH benchmarks of the PipyJS interpreter against Rhino 1.9 (interpreted and compiled), same run:
#   bench/interp.sh                      # all benchmarks, all engines
#   bench/interp.sh -p benchmark=fib     # JMH options pass through
# Results go to bench/results/interp-<date>.txt (not committed) and the table in bench/README.md
# is updated by hand from them, as ratios.
set -euo pipefail
root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$root"
mvn -B -q -DskipTests -pl bench/jmh -am package
cp="bench/jmh/target/classes:$(cat bench/jmh/target/bench.classpath)"
mkdir -p bench/results
out="bench/results/interp-$(date +%Y%m%d-%H%M%S).txt"
java -cp "$cp" org.openjdk.jmh.Main io.pipy.bench.InterpreterBench "$@" | tee "$out"
