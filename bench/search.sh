#!/usr/bin/env bash
# Search figures on the 10,000-project corpus: index size, bytes loaded and time to first result
# per query, in headless Chromium (needs chromium and chromium-driver). Writes target/bench/search.tsv.
#   BENCH_TMP=/dev/shm/gongkai-bench bench/search.sh [DEPARTMENTS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
tmp=${BENCH_TMP:-/tmp/gongkai-bench}
d=${1:-1000}
"$here/run.sh" "$d" >/dev/null   # builds the corpus and the site (out-${d}x10)
cd "$repo"
mvn -q -B test -Dtest=SearchBenchTest -Dsurefire.failIfNoSpecifiedTests=false -Dgongkai.bench.site="$tmp/out-${d}x10"
cat target/bench/search.tsv
