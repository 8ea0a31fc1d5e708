#!/usr/bin/env bash
# Benchmark: full cold builds of generated corpora, one JVM per build, as a user runs it.
#
#   bench/run.sh                 # 100, 1000 and 2000 departments x 10 projects (~1k, 10k, 20k projects)
#   bench/run.sh 1000            # one size
#   BENCH_TMP=/dev/shm/gongkai-bench bench/run.sh    # corpus and output on tmpfs (steadier timings)
#   SEARCH=false bench/run.sh 1000   # without the search index (site.yaml search: false)
#   DOWNLOADS=true bench/run.sh 1000    # with the data files on every page (site.yaml downloads: true; off by default, as in a new site)
#   DOWNLOADS=true PAGE_XLSX=false bench/run.sh 1000   # ... without a workbook per page (downloads: page_xlsx: false)
#   DOWNLOADS=true PROJECT_FILES=false bench/run.sh 1000   # ... projects link their department's files (project_files: false)
#   PAIRS=5 bench/run.sh 1000    # five builds of each size, each beside one of Hugo's (default 3)
#   REBUILD=true bench/run.sh 1000   # after each clean build, a first build --incremental (it writes the
#                                    # build cache), then two rebuilds from the cache: one project's purpose
#                                    # edited (its page only), then its name (the lists too)
#   WATCH=true bench/run.sh 1000     # after each clean build, build --watch: the time from a save to the new
#                                    # output, for four saves (purpose, name, purpose, name), ratios to the clean build
#   HEAP= bench/run.sh 1000      # no heap limit, as ./gongkai runs (default HEAP=512m)
#   BASELINE=old/target/gongkai.jar BASELINE_OPTS="-XX:+UseParallelGC" BASELINE_DOWNLOADS=false \
#     DOWNLOADS=true bench/run.sh 1000   # each round also builds the corpus with another jar, its own
#                                        # options and downloads setting, and prints our time ÷ its
#
# Each build runs with the ./gongkai launcher's JVM options and class-data archive, and
# -Xmx$HEAP (512m: the memory target). A clean build is a plain build, which neither reads nor
# writes a build cache, into a folder emptied first (as Hugo's, into a fresh one). Prints, per size: pages, seconds (wall, JVM start
# included), ms per page, peak resident memory, and the per-stage times the build reports; the
# median of PAIRS builds. The figures are also written to target/bench/results.tsv.
#
# Against a baseline (BASELINE, a gongkai.jar of another commit): each round builds the corpus with
# it right before our build, with BASELINE_OPTS (default: ours, without the class-data archive)
# and site.yaml's downloads as BASELINE_DOWNLOADS says (default: as DOWNLOADS), and prints the
# median of the rounds' ratios (our seconds / the baseline's) and its peak memory.
#
# Against Hugo: with the Hugo peer (HUGO_PEER, by default bench/peers/hugo/run.sh: the same pages
# as Hugo templates, see its RESULTS.md) and hugo installed, each of our
# builds is paired with one Hugo build of the same corpus, run right before it, alternately, so
# the machine's load weighs on both alike; the ratio printed is the median of the pairs'
# ratios (our seconds / Hugo's). HUGO=false skips Hugo.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
tmp=${BENCH_TMP:-/tmp/gongkai-bench}
projects=${PROJECTS:-10}
pairs=${PAIRS:-3}
heap=${HEAP-512m}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 2000)

jar=$repo/target/gongkai.jar
if [ ! -f "$jar" ] || [ -n "$(find "$repo/pom.xml" "$repo/src/main" "$repo/templates" "$repo/assets" -newer "$jar" -print -quit)" ]; then
  mvn -q -B -f "$repo/pom.xml" -DskipTests package
fi
# The launcher's options (./gongkai): the same JVM a user gets.
opts="${GONGKAI_JAVA_OPTS:-$(sed -e "/^#/d" "$repo/dist/jvm.options")}"   # the launchers' options
cds=$repo/target/gongkai.jsa
if [ "$cds" -nt "$jar" ]; then
  opts="$opts -XX:SharedArchiveFile=$cds -Xlog:disable -Xlog:all=warning:stderr"
else
  echo "no class-data archive (target/gongkai.jsa): start-up is slower than a user's" >&2
fi
base_opts=${BASELINE_OPTS-$opts}   # before ours gets the archive and the heap limit
[ -z "$heap" ] || opts="-Xmx$heap $opts"
[ -z "$heap" ] || base_opts="-Xmx$heap $base_opts"
baseline=${BASELINE:-}
if [ -n "$baseline" ] && [ ! -f "$baseline" ]; then
  echo "BASELINE: no such jar: $baseline" >&2
  exit 2
fi

hugo_peer=${HUGO_PEER:-$here/peers/hugo/run.sh}
if [ "${HUGO:-true}" = false ]; then
  hugo_peer=
elif [ ! -x "$hugo_peer" ]; then
  echo "Hugo peer not found ($hugo_peer; set HUGO_PEER): no ratio against Hugo" >&2
  hugo_peer=
elif ! command -v hugo >/dev/null; then
  echo "hugo is not installed: no ratio against Hugo" >&2
  hugo_peer=
fi

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

mkdir -p "$tmp" "$repo/target/bench"
results=$repo/target/bench/results.tsv
printf 'departments\tprojects\tpages\tseconds\tms_per_page\tpeak_rss_mb\thugo_seconds\tratio\tload_average\tstages\tbaseline_ratio\trebuild_ratio\twatch_ratio\n' > "$results"
downloads=${DOWNLOADS:-false}
base_downloads=${BASELINE_DOWNLOADS:-$downloads}
# site.yaml for a build: downloads true (the mapping form, with PAGE_XLSX and PROJECT_FILES) or false.
site_yaml() {
  if [ "$2" = true ]; then
    printf 'title: 基准测试站点\nsearch: %s\ndownloads:\n  page_xlsx: %s\n  project_files: %s\n' "${SEARCH:-true}" "${PAGE_XLSX:-true}" "${PROJECT_FILES:-true}" > "$1/site.yaml"
  else
    printf 'title: 基准测试站点\nsearch: %s\n' "${SEARCH:-true}" > "$1/site.yaml"
  fi
}
# Runs one build: jar, JVM options, output folder, and "first" for a build --incremental from no
# cache, "rebuild" for one from the cache the last left; sets $secs, $rss and $status.
timed_build() {
  local start end flag=
  [ "${4:-}" = rebuild ] || rm -rf "$corpus/.gongkai"
  [ -z "${4:-}" ] || flag=--incremental
  # A clean build starts from no output, as the Hugo peer's does (a fresh folder): otherwise the
  # build also deletes the version two builds old, 23,000 files at 10k, beside its own work.
  [ -n "${4:-}" ] || rm -rf "$3" "$(dirname "$3")/.$(basename "$3")".v-*
  sync
  start=$(date +%s%N)
  status=0
  if [ -x /usr/bin/time ]; then
    # $2 is split into words on purpose: it holds several options.
    /usr/bin/time -f '%M' -o "$tmp/rss" java $2 -jar "$1" build "$corpus" -o "$3" $flag >"$log" 2>&1 || status=$?
    rss=$(( $(tail -1 "$tmp/rss") / 1024 ))
  else
    java $2 -jar "$1" build "$corpus" -o "$3" $flag >"$log" 2>&1 || status=$?
    rss=0
  fi
  end=$(date +%s%N)
  secs=$(awk -v ms="$(( (end - start) / 1000000 ))" 'BEGIN { printf "%.2f", ms / 1000 }')
}
# build --watch on the corpus (its own output folder): four saves of one project file, each timed
# from the save to the line the watch prints once the new output is in place; prints
# "seconds/ratio" for each, ratios to the round's clean build ($secs). The last output is
# compared with a clean build's; the file is put back.
watch_saves() {
  local wlog=$tmp/watch-${d}.log wout=$tmp/out-watch-${d}x${projects} pid n start end edited result=
  rm -rf "$corpus/.gongkai"
  java $opts -jar "$jar" build "$corpus" -o "$wout" --watch >"$wlog" 2>"$wlog.err" &
  pid=$!
  until grep -q '正在监视' "$wlog"; do
    kill -0 "$pid" 2>/dev/null || { echo "${d}x${projects}: build --watch stopped; see $wlog.err" >&2; exit 1; }
    sleep 0.1
  done
  edited=$(find "$corpus/content" -path '*/projects/*.yaml' | sort | sed -n 1p)
  cp "$edited" "$tmp/edited.yaml"
  n=0
  for edit in '0,/^purpose: "/s//purpose: "修订：/' '0,/^name: "/s//name: "修订 /' \
      '0,/^purpose: "/s//purpose: "再订：/' '0,/^name: "/s//name: "再订 /'; do
    sleep 1   # the site quiet, as between two saves
    n=$((n + 1))
    start=$(date +%s%N)
    sed -i "$edit" "$edited"
    until [ "$(grep -c '从改动到生成完毕' "$wlog")" -ge "$n" ]; do sleep 0.01; done
    end=$(date +%s%N)
    result="$result$(awk -v ms="$(( (end - start) / 1000000 ))" -v c="$secs" 'BEGIN { printf "%.2f/%.2f", ms / 1000, ms / 1000 / c }') "
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  grep -q '原有输出保持不变' "$wlog" "$wlog.err" && { echo "${d}x${projects}: a watched build failed; see $wlog" >&2; exit 1; }
  java $opts -jar "$jar" build "$corpus" -o "$tmp/out-clean-${d}x${projects}" >/dev/null 2>&1
  diff -r -q "$wout/" "$tmp/out-clean-${d}x${projects}/" >/dev/null \
    || { echo "${d}x${projects}: the watched output differs from a clean build (diff -r $wout/ $tmp/out-clean-${d}x${projects}/)" >&2; exit 1; }
  cp "$tmp/edited.yaml" "$edited"
  rm -rf "$corpus/.gongkai"
  echo "$result"
}
if [ "$downloads" = true ]; then
  describe="downloads: true  page_xlsx: ${PAGE_XLSX:-true}  project_files: ${PROJECT_FILES:-true}"
else
  describe="downloads: false"
fi
echo "search: ${SEARCH:-true}  $describe  heap: ${heap:-unlimited}  JVM options: $opts"
[ -z "$baseline" ] || echo "baseline: $baseline  downloads: $base_downloads  JVM options: $base_opts"
printf '%-12s %8s %8s %9s %9s %10s %8s %8s %6s  %s\n' corpus projects pages seconds ms/page peak_MB hugo_s ratio load stages
for d in "${sizes[@]}"; do
  corpus=$tmp/corpus-${d}x${projects}
  if [ ! -d "$corpus/content" ]; then   # made aside, then moved: never half a corpus
    rm -rf "$corpus.tmp"
    python3 "$here/gen_corpus.py" --out "$corpus.tmp" --departments "$d" --projects "$projects" --years 2023 >/dev/null
    printf 'title: 基准测试站点\n' > "$corpus.tmp/site.yaml"
    mv "$corpus.tmp" "$corpus"
  fi
  site_yaml "$corpus" "$downloads"
  out=$tmp/out-${d}x${projects}
  log=$tmp/build-${d}.log
  : > "$tmp/runs-$d"
  for ((i = 1; i <= pairs; i++)); do
    hugo_s=-
    if [ -n "$hugo_peer" ]; then
      if ! hugo_s=$(BENCH_TMP=$tmp "$hugo_peer" "$d" "$projects" 2>"$tmp/hugo-$d.err" | sed -n 's/^hugo_seconds=\([0-9.]*\).*/\1/p'); then
        echo "the Hugo peer failed; see $tmp/hugo-$d.err" >&2
        hugo_s=-
      fi
      [ -n "$hugo_s" ] || hugo_s=-
    fi
    base_s=-
    base_rss=-
    if [ -n "$baseline" ]; then
      site_yaml "$corpus" "$base_downloads"
      timed_build "$baseline" "$base_opts" "$tmp/out-baseline-${d}x${projects}"
      if [ "$status" -ne 0 ]; then
        echo "${d}x${projects}: the baseline's build failed (exit $status); see $log" >&2
        exit 1
      fi
      base_s=$secs
      base_rss=$rss
      site_yaml "$corpus" "$downloads"
    fi
    timed_build "$jar" "$opts" "$out"
    if [ "$status" -ne 0 ]; then
      echo "${d}x${projects}: the build failed (exit $status); see $log" >&2
      exit 1
    fi
    rebuilds=-
    if [ "${REBUILD:-false}" = true ]; then
      clean_s=$secs
      clean_rss=$rss
      cp "$log" "$log.clean"   # the clean build's stages are the ones reported
      timed_build "$jar" "$opts" "$out" first
      rebuilds="$secs/$(awk -v r="$secs" -v c="$clean_s" 'BEGIN { printf "%.2f", r / c }') "
      edited=$(find "$corpus/content" -path '*/projects/*.yaml' | sort | sed -n 1p)
      cp "$edited" "$tmp/edited.yaml"
      for edit in '0,/^purpose: "/s//purpose: "修订：/' '0,/^name: "/s//name: "修订 /'; do
        sed -i "$edit" "$edited"
        cmp -s "$edited" "$tmp/edited.yaml" && { echo "the edit \"$edit\" changed nothing in $edited" >&2; exit 1; }
        timed_build "$jar" "$opts" "$out" rebuild
        grep -q '沿用上次构建' "$log" || { echo "${d}x${projects}: the rebuild did not start from the cache; see $log" >&2; exit 1; }
        rebuilds="$rebuilds$secs/$(awk -v r="$secs" -v c="$clean_s" 'BEGIN { printf "%.2f", r / c }') "
      done
      # The proof: the last rebuild's output is a clean build's, byte for byte.
      java $opts -jar "$jar" build "$corpus" -o "$tmp/out-clean-${d}x${projects}" >/dev/null 2>&1
      diff -r -q "$out/" "$tmp/out-clean-${d}x${projects}/" >/dev/null \
        || { echo "${d}x${projects}: the rebuild differs from a clean build (diff -r $out/ $tmp/out-clean-${d}x${projects}/)" >&2; exit 1; }
      cp "$tmp/edited.yaml" "$edited"
      cp "$log" "$log.rebuild"
      mv "$log.clean" "$log"
      secs=$clean_s
      rss=$clean_rss
    fi
    watches=-
    if [ "${WATCH:-false}" = true ]; then
      watches=$(watch_saves)
    fi
    ratio=$(awk -v g="$secs" -v h="$hugo_s" 'BEGIN { if (h == "-" || h == 0) print "-"; else printf "%.2f", g / h }')
    load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo -)
    stages=$(grep -o '（load.*）' "$log" | tr -d '（）' || true)
    base_ratio=$(awk -v g="$secs" -v b="$base_s" 'BEGIN { if (b == "-" || b == 0) print "-"; else printf "%.2f", g / b }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$secs" "$rss" "$hugo_s" "$ratio" "$load" "$stages" "$base_s" "$base_rss" "$base_ratio" "$rebuilds" "$watches" >> "$tmp/runs-$d"
  done
  pages=$(find "$out/" -name '*.html' | wc -l)  # out/ : the output is a link to its folder
  count=$(find "$corpus/content" -path '*/projects/*.yaml' | wc -l)
  secs=$(cut -f1 "$tmp/runs-$d" | median)
  rss=$(cut -f2 "$tmp/runs-$d" | sort -g | tail -1)
  hugo_s=$(cut -f3 "$tmp/runs-$d" | grep -v '^-$' | median | awk 'NF { printf "%.2f", $1 }' || true)
  ratio=$(cut -f4 "$tmp/runs-$d" | grep -v '^-$' | median | awk 'NF { printf "%.2f", $1 }' || true)
  load=$(cut -f5 "$tmp/runs-$d" | median)
  # The stage times of the median build.
  stages=$(awk -F'\t' -v s="$secs" '$1 == s { print $6; exit }' "$tmp/runs-$d")
  [ -n "$stages" ] || stages=$(head -1 "$tmp/runs-$d" | cut -f6)
  per=$(awk -v s="$secs" -v p="$pages" 'BEGIN { printf "%.3f", s * 1000 / p }')
  printf '%-12s %8s %8s %9s %9s %10s %8s %8s %6s  %s\n' "${d}x${projects}" "$count" "$pages" "$secs" "$per" "$rss" \
    "${hugo_s:--}" "${ratio:--}" "$load" "$stages"
  if [ "$pairs" -gt 1 ]; then
    printf '%12s each run: %s\n' '' "$(cut -f1,3,4,5 "$tmp/runs-$d" | awk -F'\t' '{ printf "%s s / hugo %s s = %s (load %s); ", $1, $2, $3, $4 }')"
  fi
  rebuild_ratio=-
  if [ "${REBUILD:-false}" = true ]; then
    # Each round: "seconds/ratio" of the first build --incremental, then of the purpose edit's and
    # the name edit's rebuilds; each ratio to that round's clean build. The median is the rebuilds'.
    rebuild_ratio=$(cut -f10 "$tmp/runs-$d" | awk '{ for (i = 2; i <= NF; i++) { split($i, f, "/"); print f[2] } }' | median)
    printf '%12s build --incremental (seconds/ratio to the clean build; first build, purpose edit, name edit; each round): %s\n' '' \
      "$(cut -f10 "$tmp/runs-$d" | tr '\n' ';')"
    printf '%12s rebuild after one edit: median ratio %s to the clean build; each rebuild'"'"'s output is a clean build'"'"'s\n' '' "$rebuild_ratio"
  fi
  watch_ratio=-
  if [ "${WATCH:-false}" = true ]; then
    # Each round: "seconds/ratio" of each save, from the save to the new output; the median is of all.
    watch_ratio=$(cut -f11 "$tmp/runs-$d" | awk '{ for (i = 1; i <= NF; i++) { split($i, f, "/"); print f[2] } }' | median)
    printf '%12s build --watch (seconds/ratio to the clean build from a save to the new output; purpose, name, purpose, name; each round): %s\n' '' \
      "$(cut -f11 "$tmp/runs-$d" | tr '\n' ';')"
    printf '%12s save to output: median ratio %s to the clean build; each watched output is a clean build'"'"'s\n' '' "$watch_ratio"
  fi
  if [ -n "$baseline" ]; then
    base_ratio=$(cut -f9 "$tmp/runs-$d" | median | awk '{ printf "%.2f", $1 }')
    base_rss=$(cut -f8 "$tmp/runs-$d" | sort -g | tail -1)
    printf '%12s against the baseline: %s (median of the rounds; each: %s), its peak %s MB\n' '' "$base_ratio" \
      "$(cut -f1,7,9 "$tmp/runs-$d" | awk -F'\t' '{ printf "%s s / %s s = %s; ", $1, $2, $3 }')" "$base_rss"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$d" "$count" "$pages" "$secs" "$per" "$rss" "${hugo_s:--}" "${ratio:--}" "$load" "$stages" "${base_ratio:--}" "$rebuild_ratio" "$watch_ratio" >> "$results"
done
echo "figures written to ${results#$repo/}"
