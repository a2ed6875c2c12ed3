#!/usr/bin/env bash
# Benchmark: index the bundled corpus from scratch, N times, reporting wall seconds and peak RSS.
# Usage: bench/index-corpus.sh [RUNS]   (builds target/vanban.jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -f target/vanban.jar ] || mvn -q -B -ntp package -DskipTests
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%d)"
for i in $(seq 1 "$runs"); do
  rm -rf "$tmp/index"
  /usr/bin/time -f "%e %M" -o "$tmp/time" java ${VANBAN_JAVA_OPTS:-} -jar target/vanban.jar index --index "$tmp/index" --json corpus > "$tmp/out"
  read -r secs kb < "$tmp/time"
  echo "run $i: ${secs} s wall, peak RSS $((kb / 1024)) MB, $(cat "$tmp/out")"
done
