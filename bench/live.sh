#!/usr/bin/env bash
# Benchmark: from a file landing in a watched folder to the document being found through
# /api/search, at the scale of an index bench/scale.sh built. Starts `vanban serve --watch` over
# that corpus and index (-Xmx512m, as an operator runs it through ./vanban), drops N documents one
# at a time into a subfolder, and prints the median, p90, p99 and worst (LiveLatencyBenchmark).
# The drops are deleted afterwards, so the index is left as it was.
# Usage: bench/live.sh [N=10000] [DROPS=60] [WORKDIR=/tmp/vanban-bench-N]
# Needs: bench/scale.sh N run before (its corpus and index).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
drops=${2:-60}
work=${3:-/tmp/vanban-bench-$n}
heap=${VANBAN_BENCH_HEAP:--Xmx512m}
port=${VANBAN_BENCH_PORT:-18977}
[ -d "$work/index" ] || { echo "no index in $work: run bench/scale.sh $n first" >&2; exit 2; }
[ -f target/vanban.jar ] || mvn -q -o -B package -DskipTests
[ -d target/test-classes/vanban/bench ] || mvn -q -o -B test-compile
[ -f target/cp.txt ] || mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  docs: $n  heap: $heap  drops: $drops"
docs="$work/corpus/docs"
rm -rf "$docs/live"
VANBAN_JAVA_OPTS="$heap" ./vanban serve --watch "$docs" --index "$work/index" --port "$port" \
  > "$work/serve.out" 2> "$work/serve.err" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
start=$(date +%s.%N)
until grep -q "^Serving" "$work/serve.out"; do
  kill -0 $server 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.2
done
echo "serve --watch up (catch-up run over $n files included): $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s; $(grep -c ' added \| updated ' "$work/serve.out" || true) changed at start"
java -cp "$cp" vanban.bench.LiveLatencyBenchmark "http://127.0.0.1:$port" "$docs/live" "$drops"
rmdir "$docs/live" 2>/dev/null || true
