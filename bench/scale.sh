#!/usr/bin/env bash
# Benchmark at scale: generate N documents, index them with `vanban index` (-Xmx512m), index the
# same files with plain Lucene (StandardAnalyzer, no extraction) as the baseline, re-index after
# one file changed, and measure warm query latency in process. `vanban` runs as an operator runs
# it, through the ./vanban launcher (with its class-data-sharing archive); both it and the
# baseline are timed as whole commands, JVM start included, with the same heap.
# Usage: bench/scale.sh [N=10000] [WORKDIR=/tmp/vanban-bench-N]   (SKIP_BASELINE=1 to skip plain Lucene;
#        ONLY_INCREMENTAL=1 to keep the index built before and rerun only steps 3 and 4)
# Needs: mvn -o package -DskipTests && mvn -o test-compile (done here when the jar is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
work=${2:-/tmp/vanban-bench-$n}
heap=${VANBAN_BENCH_HEAP:--Xmx512m}
[ -f target/vanban.jar ] || mvn -q -o -B package -DskipTests
[ -d target/test-classes/vanban/bench ] || mvn -q -o -B test-compile
[ -f target/cp.txt ] || mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
mkdir -p "$work"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  docs: $n  heap: $heap"

if [ ! -f "$work/corpus/truth.jsonl" ]; then
  /usr/bin/time -f "generate: %e s wall" java -jar target/vanban.jar generate-corpus --docs "$n" --seed 1 --out "$work/corpus"
fi
docs="$work/corpus/docs"
mb=$(du -sm "$docs" | cut -f1)
bytes=$(find "$docs" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "corpus: $n files, $((bytes / 1000000)) MB of file bytes ($mb MB on disk)"

if [ -z "${ONLY_INCREMENTAL:-}" ]; then
rm -rf "$work/index" "$work/plain" "$work/warm"
# The launcher's first `index` after a build records its class-data-sharing archive: do it on the
# bundled corpus, as the README's first command does, so no timed run pays for it.
./vanban index --quiet --index "$work/warm" corpus > /dev/null
/usr/bin/time -f "%e %M" -o "$work/time" env VANBAN_JAVA_OPTS="$heap -Xlog:gc:file=$work/gc.log" ./vanban index --quiet --index "$work/index" "$docs" > "$work/out"
read -r secs kb < "$work/time"
peak=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | cut -dM -f1 | sort -n | tail -1)
echo "vanban index (full build): ${secs} s wall, $(awk -v n="$n" -v s="$secs" 'BEGIN{printf "%.1f", n/s}') docs/s, $(awk -v b="$bytes" -v s="$secs" 'BEGIN{printf "%.2f", b/1e6/s}') MB/s, peak heap before GC ${peak:-?} MB, peak RSS $((kb / 1024)) MB; $(cat "$work/out")"

if [ -n "${SKIP_BASELINE:-}" ]; then
  echo "plain Lucene baseline: skipped (SKIP_BASELINE set)"
else
/usr/bin/time -f "%e" -o "$work/time" java $heap -cp "$cp" vanban.bench.PlainLuceneBaseline "$docs" "$work/plain" "$(nproc)" 2>/dev/null | tail -1 > "$work/plain.out"
read -r pdocs psecs pdps pmbs < "$work/plain.out"
pwall=$(cat "$work/time")
echo "plain Lucene baseline: ${pwall} s wall (whole command), $(awk -v n="$n" -v s="$pwall" 'BEGIN{printf "%.1f", n/s}') docs/s, $(awk -v b="$bytes" -v s="$pwall" 'BEGIN{printf "%.2f", b/1e6/s}') MB/s; in process ${psecs} s"
echo "ratio vanban/plain (docs/s, whole commands): $(awk -v s="$secs" -v p="$pwall" 'BEGIN{printf "%.2f", p/s}')"
fi

fi

/usr/bin/time -f "%e" -o "$work/time" env VANBAN_JAVA_OPTS="$heap" ./vanban index --quiet --index "$work/index" "$docs" > "$work/out"
echo "no change: $(cat "$work/time") s wall; $(cat "$work/out")"

# Five runs, each after appending a line to the same .txt file: one figure hides the run-to-run
# spread (once, the first run after a full build took 2.1 s where the next ones took 1.7-1.9 s).
one=$(find "$docs" -name '*.txt' | sort | awk 'NR == 1')
times=""
for i in 1 2 3 4 5; do
  echo "Kiểm tra lần $(date +%s%N)." >> "$one"
  /usr/bin/time -f "%e" -o "$work/time" env VANBAN_JAVA_OPTS="$heap" ./vanban index --quiet --index "$work/index" "$docs" > "$work/out"
  times="$times $(cat "$work/time")"
done
echo "one changed file, 5 runs: ${times# } s wall (whole command; median $(echo $times | tr ' ' '\n' | sort -n | awk 'NR == 3')); $(cat "$work/out")"

java $heap -cp "$cp" vanban.bench.QueryLatencyBenchmark "$work/index" 1000 2>/dev/null
