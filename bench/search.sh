#!/usr/bin/env bash
# Search figures on the 10,000-project corpus, in headless Chromium (needs chromium and
# chromium-driver): index size on disk, and per query the index bytes loaded and the time to
# the first result, after navigation and after typing stops. Writes target/bench/search.tsv.
#   BENCH_TMP=/dev/shm/gongkai-bench bench/search.sh [DEPARTMENTS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
tmp=${BENCH_TMP:-/tmp/gongkai-bench}
d=${1:-1000}
"$here/run.sh" "$d" >/dev/null            # makes the corpus (and the jar) when missing
site=$tmp/search-${d}x10
if [ ! -d "$site/content" ]; then
  rm -rf "$site" && mkdir -p "$site"
  cp -r "$tmp/corpus-${d}x10/content" "$site/"
  printf 'title: 基准测试站点\nsearch: true\n' > "$site/site.yaml"
fi
java -Xmx512m -XX:+UseParallelGC -jar "$repo/target/gongkai.jar" build "$site" -o "$site/site" | tail -1
cd "$repo"
mvn -q -B test -Dtest=SearchBenchTest -Dsurefire.failIfNoSpecifiedTests=false -Dgongkai.bench.site="$site/site" >/dev/null
cat target/bench/search.tsv
