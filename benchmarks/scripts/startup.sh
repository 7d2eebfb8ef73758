#!/usr/bin/env bash
# CLI start-up to the seed's verify result, beside a bare `java -version`, cold (a new JVM per run),
# with and without an application class-data sharing (AppCDS) archive. Run from the repository root
# after `./mvnw -B -q package -DskipTests`. Uses hyperfine when installed (apt-get install -y hyperfine),
# else a loop timed with `date +%s%N`.
set -euo pipefail
JAR=examples/target/lkjip.jar
SEED=examples/data/tebing-tinggi-2022.json
VERIFY="java -jar $JAR verify $SEED --rules seed-tebing-tinggi-2022"
JSA=${JSA:-target/lkjip-cds.jsa}
RUNS=${RUNS:-20}
mkdir -p "$(dirname "$JSA")"
# The archive: the classes one verify run loads, dumped when it exits (JDK 13+ dynamic archive).
java -XX:ArchiveClassesAtExit="$JSA" -jar $JAR verify $SEED --rules seed-tebing-tinggi-2022 >/dev/null 2>&1 || true
VERIFY_CDS="java -XX:SharedArchiveFile=$JSA -jar $JAR verify $SEED --rules seed-tebing-tinggi-2022"
VERIFY_TIERED="java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$JSA -jar $JAR verify $SEED --rules seed-tebing-tinggi-2022"
# The launcher (AppCDS archive it makes on its first run + C1 only), with its own cache directory.
export LKJIP_CACHE=${LKJIP_CACHE:-target/lkjip-cache}
bin/lkjip verify $SEED --rules seed-tebing-tinggi-2022 >/dev/null 2>&1 || true
LAUNCHER="bin/lkjip verify $SEED --rules seed-tebing-tinggi-2022"
VERSION="java -jar $JAR --version"
if command -v hyperfine >/dev/null; then
  hyperfine -N -i --warmup 3 --runs "$RUNS" --export-markdown target/startup.md \
    -n 'java -version' 'java -version' \
    -n 'lkjip --version' "$VERSION" \
    -n 'verify (seed)' "$VERIFY" \
    -n 'verify (seed, AppCDS)' "$VERIFY_CDS" \
    -n 'verify (seed, AppCDS, C1 only)' "$VERIFY_TIERED" \
    -n 'bin/lkjip verify (seed)' "$LAUNCHER"
else
  for cmd in "java -version" "$VERSION" "$VERIFY" "$VERIFY_CDS" "$VERIFY_TIERED" "$LAUNCHER"; do
    total=0
    for _ in $(seq "$RUNS"); do
      s=$(date +%s%N); $cmd >/dev/null 2>&1 || true; e=$(date +%s%N)
      total=$((total + e - s))
    done
    echo "$((total / RUNS / 1000000)) ms  $cmd"
  done
fi
