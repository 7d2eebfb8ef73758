#!/usr/bin/env bash
# Pipes COUNT generated reports (default 1,000,000) through `lkjip batch evaluate - --output -`
# with a 256 MiB heap, and prints the lines in and out, the exit codes, the time, the rates and the
# heap after each GC. Run from the repository root after `./mvnw -B -q package -DskipTests`.
#
# The generator evaluates every report it makes (to print its published figures), so generating
# a million on the fly would time the generator too. Instead DISTINCT reports (default 10,000) are
# generated once into target/, then streamed COUNT / DISTINCT times by `cat` into the pipe.
#
#   COUNT=1000000 DISTINCT=10000 WORKERS=2 benchmarks/scripts/million.sh
set -euo pipefail
JAR=${JAR:-examples/target/lkjip.jar}
COUNT=${COUNT:-1000000}
DISTINCT=${DISTINCT:-10000}
WORKERS=${WORKERS:-2}  # --threads
SEED=${SEED:-1}
HEAP=${HEAP:-256m}
mkdir -p target
CORPUS=target/million-corpus-$DISTINCT-$SEED.ndjson
if [ ! -s "$CORPUS" ]; then
  java -jar $JAR generate --count "$DISTINCT" --seed "$SEED" --output "$CORPUS.tmp"
  mv "$CORPUS.tmp" "$CORPUS"
fi
if (( COUNT % DISTINCT != 0 )); then
  echo "COUNT must be a multiple of DISTINCT" >&2
  exit 2
fi
ROUNDS=$((COUNT / DISTINCT))
IN_BYTES=$(( $(stat -c %s "$CORPUS") * ROUNDS ))
GC_LOG=target/million-gc.log
ERR=target/million-stderr.txt
echo "$(date -u +%FT%TZ) start: $COUNT reports ($DISTINCT distinct x $ROUNDS), $WORKERS threads, -Xmx$HEAP"
start=$(date +%s%N)
set +e
for _ in $(seq "$ROUNDS"); do cat "$CORPUS"; done \
  | java -Xmx"$HEAP" -Xlog:gc:file="$GC_LOG" -jar $JAR batch evaluate - --output - \
      --threads "$WORKERS" 2>"$ERR" \
  | wc -lc >target/million-out.txt
codes=("${PIPESTATUS[@]}")
set -e
end=$(date +%s%N)
secs=$(awk -v n=$((end - start)) 'BEGIN { printf "%.1f", n / 1e9 }')
read -r out_lines out_bytes <target/million-out.txt
echo "$(date -u +%FT%TZ) end: exit codes (cat loop, lkjip, wc) = ${codes[*]}"
echo "lines out: $out_lines ($out_bytes bytes); stderr: $(wc -l <"$ERR") lines, last: $(tail -1 "$ERR")"
awk -v s="$secs" -v n="$COUNT" -v b="$IN_BYTES" -v o="$out_bytes" 'BEGIN {
  printf "time %s s: %.0f reports/s, %.1f MB/s in, %.1f MB/s out\n", s, n / s, b / s / 1e6, o / s / 1e6 }'
# Heap after each collection, e.g. "Pause Young (Normal) (G1 Evacuation Pause) 120M->12M(256M)".
grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$GC_LOG" | sed 's/.*->\([0-9]*\)M.*/\1/' | sort -n \
  | awk '{ a[NR] = $1 } END { if (NR) printf "GCs %d; heap after GC (MiB): min %d, median %d, max %d\n", NR, a[1], a[int((NR + 1) / 2)], a[NR] }'
echo "full GCs: $(grep -c 'Pause Full' "$GC_LOG" || true)"
