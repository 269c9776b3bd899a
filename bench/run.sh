#!/usr/bin/env bash
# Runs the benchmarks (DESIGN.md section 8): every one, or the ones named.
#   bench/run.sh              all benchmarks
#   bench/run.sh load kmeans  only these (a name is the class name without "Bench", lower case)
# Each prints machine-readable lines such as
#   BENCH kmeans-1m ours_s=4.10 peer=sklearn-lloyd peer_s=5.02 ratio=0.82 iters=20
# Generated inputs go to a temporary folder (BENCH_TMP, default: a fresh mktemp -d), never the repo.
# Python peers run with the system interpreter and Debian's packages:
#   apt-get install python3-pandas python3-sklearn
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
cd "$top"
mvn -B -q -Pbench -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt >&2
classpath="target/bench/classes:$(cat target/bench/classpath.txt)"
export BENCH_TMP=${BENCH_TMP:-$(mktemp -d)}
export BENCH_PYTHON=${BENCH_PYTHON:-$(command -v -p python3 || true)}
export BENCH_PEERS="$here/peers"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in bench/src/main/java/org/marketingworkbench/bench/*Bench.java; do
    n=$(basename "$f" Bench.java); names+=("$(echo "$n" | tr '[:upper:]' '[:lower:]')")
  done
fi
status=0
for name in "${names[@]}"; do
  class=""
  for f in bench/src/main/java/org/marketingworkbench/bench/*Bench.java; do
    n=$(basename "$f" .java)
    if [ "$(echo "${n%Bench}" | tr '[:upper:]' '[:lower:]')" = "$name" ]; then class=$n; fi
  done
  if [ -z "$class" ]; then echo "bench: no benchmark named $name" >&2; status=2; continue; fi
  echo "# $name" >&2
  java -Xmx8g -XX:+UseParallelGC -cp "$classpath" "org.marketingworkbench.bench.$class" || status=$?
done
[ "${KEEP_BENCH_TMP:-}" = 1 ] || rm -rf "$BENCH_TMP"
exit $status
