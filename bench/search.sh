#!/usr/bin/env bash
# Search figures on the 10,000-project corpus, in headless Chromium (needs chromium and
# chromium-driver): index size on disk, and per query the index bytes loaded and the time to
# the first result, after navigation and after typing stops, with where the time goes
# (SearchBench). Writes target/bench/search.tsv.
#   BENCH_TMP=/dev/shm/gongkai-bench bench/search.sh [DEPARTMENTS] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
tmp=${BENCH_TMP:-/tmp/gongkai-bench}
d=${1:-1000}
SEARCH=true "$here/run.sh" "$d" | tail -2 | head -1   # makes the corpus and the jar when missing, builds the site
. "$here/programs.sh"
cd "$repo"
# SearchBench drives Chromium through Selenium, a test dependency: run it with the test classpath.
classpath=target/bench/test-classpath.txt
if [ ! -f "$classpath" ] || [ pom.xml -nt "$classpath" ]; then
  mvn -q -B dependency:build-classpath -Dmdep.outputFile="$classpath"
fi
java -cp "target/test-classes:target/classes:$(cat "$classpath")" org.gongkai.search.SearchBench \
  "$tmp/out-${d}x10" "${2:-7}" >/dev/null
cat target/bench/search.tsv
