#!/usr/bin/env bash
# Cold single-shot workbook runs, a new JVM for every run (as a user runs the CLI): RUNS times, write
# the generated 50,000-sub-activity report as a workbook, then read it back, each JVM with -Xmx$HEAP
# (default 256m). Builds nothing: give the benchmark jar (default benchmarks/target/benchmarks.jar,
# made by `./mvnw -B -q package -DskipTests`). Run from the repository root.
#
# Per run it prints the process's wall time (JVM start to exit), the step's own time inside the JVM
# (WorkbookBench's "cold" row: the write alone, without generating the report, or the read alone,
# without the JVM start and the check) and the CPU time of its thread, the max RSS (from
# /usr/bin/time -v when installed: apt-get install -y time) and the largest heap in use just after
# a GC; then the median of each.
# The read JVM checks that the report it read has the SHA-256 (of its JSON) of the report written,
# and fails otherwise. A run that fails (e.g. OutOfMemoryError) is reported, and the rest still run.
#
#   benchmarks/scripts/workbook.sh [JAR]
#   RUNS=5 HEAP=256m OUT=target/workbook benchmarks/scripts/workbook.sh
set -uo pipefail
JAR=${1:-benchmarks/target/benchmarks.jar}
RUNS=${RUNS:-5}
HEAP=${HEAP:-256m}

OUT=${OUT:-target/workbook}
MAIN=org.lkjip.benchmarks.WorkbookBench
if [ ! -s "$JAR" ]; then
  echo "no jar at $JAR: build it first (./mvnw -B -q package -DskipTests)" >&2
  exit 2
fi
mkdir -p "$OUT"
FILE=$OUT/workbook.xlsx
TIMEV=()
if [ -x /usr/bin/time ]; then TIMEV=(/usr/bin/time -v -o "$OUT/time.txt"); fi

# once STEP RUN: one JVM; prints "STEP RUN wall_s step_s thread_s rss_MiB liveHeap_MiB" or a failure line
once() {
  local step=$1 run=$2 log=$OUT/$1-$2.txt start end status
  rm -f "$OUT/time.txt"
  start=$(date +%s%N)
  "${TIMEV[@]}" java -Xmx"$HEAP" -cp "$JAR" $MAIN --mode "$step" --file "$FILE" \
    >"$log" 2>&1
  status=$?
  end=$(date +%s%N)
  if [ $status -ne 0 ] || ! grep -q '^cold' "$log"; then
    echo "$step $run FAILED (exit $status): $(grep -m1 -E 'Exception|Error' "$log" || tail -1 "$log")"
    return 1
  fi
  local rss=-
  if [ -s "$OUT/time.txt" ]; then
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$OUT/time.txt")
  fi
  awk -v step="$step" -v run="$run" -v wall=$((end - start)) -v rss="$rss" '
    $1 == "pass" { for (i = 1; i <= NF; i++) col[$i] = i }
    $1 == "cold" { printf "%-6s %3s %8.2f %8.2f %8.2f %8s %12s\n", step, run, wall / 1e9,
      $col["seconds"], $col["thread-s"], rss, $col["liveHeapMiB"] }' "$log"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR) print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2); else print "-" }'; }

echo "# $(date -u +%FT%TZ) workbook.sh: $RUNS cold runs, -Xmx$HEAP, $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-6s %3s %8s %8s %8s %8s %12s\n" step run wall-s step-s thread-s rss-MiB liveHeapMiB
RESULTS=$OUT/results.txt
: >"$RESULTS"
for run in $(seq "$RUNS"); do
  for step in write read; do
    line=$(once "$step" "$run")
    echo "$line"
    echo "$line" >>"$RESULTS"
  done
done
grep -m1 '^# report' "$OUT/write-1.txt" || true
grep -m1 '^# check' "$OUT/read-1.txt" || true
echo "file: $(stat -c %s "$FILE" 2>/dev/null || echo '?') bytes ($FILE)"
for step in write read; do
  ok=$(awk -v s="$step" '$1 == s && $3 != "FAILED"' "$RESULTS" | wc -l)
  printf "median %-5s (%d of %d runs ok): wall %s s, step %s s (thread CPU %s s), max RSS %s MiB, live heap %s MiB\n" \
    "$step" "$ok" "$RUNS" \
    "$(awk -v s="$step" '$1 == s && $3 != "FAILED" { print $3 }' "$RESULTS" | median)" \
    "$(awk -v s="$step" '$1 == s && $3 != "FAILED" { print $4 }' "$RESULTS" | median)" \
    "$(awk -v s="$step" '$1 == s && $3 != "FAILED" { print $5 }' "$RESULTS" | median)" \
    "$(awk -v s="$step" '$1 == s && $3 != "FAILED" { print $6 }' "$RESULTS" | median)" \
    "$(awk -v s="$step" '$1 == s && $3 != "FAILED" { print $7 }' "$RESULTS" | median)"
done
