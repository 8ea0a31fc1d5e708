#!/usr/bin/env bash
# The search index stage alone, repeated in one JVM with the build's heap: time per build,
# bytes allocated, index size and the heap the index keeps (IndexBench).
#   BENCH_TMP=/dev/shm/gongkai-bench bench/index.sh [DEPARTMENTS] [RUNS] [HEAP]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
tmp=${BENCH_TMP:-/tmp/gongkai-bench}
d=${1:-1000}
"$here/run.sh" "$d" >/dev/null            # makes the corpus (and the jar) when missing
. "$here/programs.sh"
java -Xmx"${3:-512m}" -XX:+UseParallelGC -cp "$jar:$repo/target/test-classes" \
  org.gongkai.search.IndexBench "$tmp/corpus-${d}x10" "${2:-5}"
