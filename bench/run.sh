#!/usr/bin/env bash
# Benchmark: full cold builds of generated corpora, one JVM per build, as a user runs it.
#
#   bench/run.sh                 # 100, 1000 and 2000 departments x 10 projects (~1k, 10k, 20k projects)
#   bench/run.sh 1000            # one size
#   BENCH_TMP=/dev/shm/gongkai-bench bench/run.sh    # corpus and output on tmpfs (steadier timings)
#   SEARCH=false bench/run.sh 1000   # without the search index (site.yaml search: false)
#   PAGE_XLSX=false bench/run.sh 1000   # without a workbook per page (site.yaml downloads: page_xlsx: false)
#   PROJECT_FILES=false bench/run.sh 1000   # projects link their department's data files (downloads: project_files: false)
#
# Each build runs with -Xmx512m (the memory target). Prints, per size: pages, seconds (wall,
# JVM start included), ms per page, peak resident memory, and the per-stage times the build
# reports. The figures are also written to target/bench/results.tsv.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
tmp=${BENCH_TMP:-/tmp/gongkai-bench}
projects=${PROJECTS:-10}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 2000)

jar=$repo/target/gongkai.jar
if [ ! -f "$jar" ] || [ -n "$(find "$repo/pom.xml" "$repo/src/main" "$repo/templates" "$repo/assets" -newer "$jar" -print -quit)" ]; then
  mvn -q -B -f "$repo/pom.xml" -DskipTests package
fi
mkdir -p "$tmp" "$repo/target/bench"
results=$repo/target/bench/results.tsv
printf 'departments\tprojects\tpages\tseconds\tms_per_page\tpeak_rss_mb\tstages\n' > "$results"
echo "search: ${SEARCH:-true}, page_xlsx: ${PAGE_XLSX:-true}, project_files: ${PROJECT_FILES:-true}"
printf '%-12s %8s %8s %9s %11s %12s  %s\n' corpus projects pages seconds ms/page peak_MB stages
for d in "${sizes[@]}"; do
  corpus=$tmp/corpus-${d}x${projects}
  if [ ! -d "$corpus/content" ]; then   # made aside, then moved: never half a corpus
    rm -rf "$corpus.tmp"
    python3 "$here/gen_corpus.py" --out "$corpus.tmp" --departments "$d" --projects "$projects" --years 2023 >/dev/null
    printf 'title: 基准测试站点\n' > "$corpus.tmp/site.yaml"
    mv "$corpus.tmp" "$corpus"
  fi
  printf 'title: 基准测试站点\nsearch: %s\ndownloads:\n  page_xlsx: %s\n  project_files: %s\n' "${SEARCH:-true}" "${PAGE_XLSX:-true}" "${PROJECT_FILES:-true}" > "$corpus/site.yaml"
  out=$tmp/out-${d}x${projects}
  log=$tmp/build-${d}.log
  sync
  start=$(date +%s%N)
  status=0
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$tmp/rss" java -Xmx512m ${GONGKAI_JAVA_OPTS:-$(sed -e "/^#/d" "$repo/dist/jvm.options")} -jar "$jar" build "$corpus" -o "$out" >"$log" 2>&1 || status=$?
    rss=$(( $(tail -1 "$tmp/rss") / 1024 ))
  else
    java -Xmx512m ${GONGKAI_JAVA_OPTS:-$(sed -e "/^#/d" "$repo/dist/jvm.options")} -jar "$jar" build "$corpus" -o "$out" >"$log" 2>&1 || status=$?
    rss=n/a
  fi
  if [ "$status" -ne 0 ]; then
    echo "${d}x${projects}: the build failed (exit $status); see $log" >&2
    exit 1
  fi
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  pages=$(find "$out/" -name '*.html' | wc -l)  # out/ : the output is a link to its folder
  count=$(find "$corpus/content" -path '*/projects/*.yaml' | wc -l)
  stages=$(grep -o '（load.*）' "$log" | tr -d '（）' || true)
  per=$(awk -v ms="$ms" -v p="$pages" 'BEGIN { printf "%.3f", ms / p }')
  secs=$(awk -v ms="$ms" 'BEGIN { printf "%.2f", ms / 1000 }')
  printf '%-12s %8s %8s %9s %11s %12s  %s\n' "${d}x${projects}" "$count" "$pages" "$secs" "$per" "$rss" "$stages"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$d" "$count" "$pages" "$secs" "$per" "$rss" "$stages" >> "$results"
done
echo "figures written to ${results#$repo/}"
