#!/usr/bin/env bash
# Benchmark: a single-file rebuild under `gongkai serve` (ServeBench): serve started on the
# generated corpus, one project file edited EDITS times; prints the median and p90 time from the
# file event to the reload message (serve's own measure) and from the write to the message.
#   BENCH_TMP=/dev/shm/gongkai-bench bench/serve.sh [DEPARTMENTS] [EDITS] [WARM-UP] [target|name]
# EDIT target (default): an indicator's target, re-rendering the project page; name: the project's
# name, re-rendering also every page that lists projects (home, year, 网站地图).
# The corpus is the one bench/run.sh makes (DEPARTMENTS x 10 projects, default 1000: 10k projects),
# with search on. The JVM runs with the launcher's flags (GONGKAI_JAVA_OPTS overrides them).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
tmp=${BENCH_TMP:-/tmp/gongkai-bench}
d=${1:-1000}
corpus=$tmp/corpus-${d}x10
if [ ! -d "$corpus/content" ]; then
  "$here/run.sh" "$d" >/dev/null            # makes the corpus (and the jar)
fi
printf 'title: 基准测试站点\nsearch: true\n' > "$corpus/site.yaml"
. "$here/programs.sh"
java -Dslf4j.internal.verbosity=ERROR -Xmx${HEAP:-1g} ${GONGKAI_JAVA_OPTS:--XX:+UseParallelGC -XX:TieredStopAtLevel=1} -cp "$jar:$repo/target/test-classes" \
  org.gongkai.serve.ServeBench "$corpus" "${2:-30}" "${3:-10}" "${4:-target}"
