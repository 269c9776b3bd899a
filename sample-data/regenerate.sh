#!/usr/bin/env bash
# Regenerates the sample data from its seeded generator (same seed, same bytes).
#   sample-data/regenerate.sh [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
java -cp "target/classes:$(cat target/cp.txt)" org.marketingworkbench.sample.SampleDataGenerator sample-data "$@"
