#!/usr/bin/env bash
# Review benchmark: `gongkai diff` and `gongkai fmt --check` on a generated two-year corpus,
# one cold JVM per command with the ./gongkai launcher's JVM options and class-data archive, as a
# user runs them.
#
#   bench/review.sh              # 1000 departments x 10 projects in each of 2023 and 2024 (~10k projects a year)
#   bench/review.sh 200          # a smaller corpus
#   BENCH_TMP=/dev/shm/gongkai-bench bench/review.sh
#
# Prints, per command: seconds (wall, JVM start included), peak resident memory and output size.
# The figures are also written to target/bench/review.tsv.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
tmp=${BENCH_TMP:-/tmp/gongkai-bench}
d=${1:-1000}

jar=$repo/target/gongkai.jar
if [ ! -f "$jar" ] || [ -n "$(find "$repo/pom.xml" "$repo/src/main" "$repo/templates" "$repo/assets" -newer "$jar" -print -quit)" ]; then
  mvn -q -B -f "$repo/pom.xml" -DskipTests package
fi
# The launcher's options and, as ./gongkai uses it, the class-data archive (dist/cds.sh makes it).
opts="${GONGKAI_JAVA_OPTS:-$(sed -e "/^#/d" "$repo/dist/jvm.options")}"
cds=$repo/target/gongkai.jsa
if [ "$cds" -nt "$jar" ]; then
  opts="$opts -XX:SharedArchiveFile=$cds -Xlog:disable -Xlog:all=warning:stderr"
else
  echo "no class-data archive (target/gongkai.jsa): start-up is slower than a user's" >&2
fi
corpus=$tmp/review-${d}x10
if [ ! -d "$corpus/content" ]; then   # made aside, then moved: never half a corpus
  rm -rf "$corpus.tmp"
  python3 "$here/gen_corpus.py" --out "$corpus.tmp" --departments "$d" --projects 10 --years 2023 2024 >/dev/null
  printf 'title: 基准测试站点\n' > "$corpus.tmp/site.yaml"
  mv "$corpus.tmp" "$corpus"
fi
files=$(find "$corpus/content" -name '*.yaml' | wc -l)
mkdir -p "$repo/target/bench"
results=$repo/target/bench/review.tsv
printf 'command\tfiles\tseconds\tpeak_rss_mb\toutput_kb\n' > "$results"
printf '%-44s %7s %8s %8s %10s\n' command files seconds peak_MB output_kB
run() {
  local name=$1; shift
  local out=$tmp/review-out.txt
  local start end status=0
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$tmp/review-rss" java $opts -jar "$jar" "$@" > "$out" || status=$?
  end=$(date +%s%N)
  # fmt --check exits 1 on a generated corpus (its text is not canonical); anything else is a failure.
  if [ "$status" -gt 1 ]; then echo "$name failed with exit code $status" >&2; exit 1; fi
  local secs rss kb
  secs=$(awk "BEGIN{printf \"%.2f\", ($end-$start)/1e9}")
  rss=$(tail -1 "$tmp/review-rss" | awk '{printf "%d", $1/1024}')
  kb=$(( $(stat -c %s "$out") / 1024 ))
  printf '%-44s %7s %8s %8s %10s\n' "$name" "$files" "$secs" "$rss" "$kb"
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$files" "$secs" "$rss" "$kb" >> "$results"
}
run "diff 2023 2024 (text)" diff 2023 2024 --site "$corpus" --color never
run "diff 2023 2024 --format json" diff 2023 2024 --site "$corpus" --format json
run "diff 2023 2024 --format markdown" diff 2023 2024 --site "$corpus" --format markdown
run "diff 2023 2024 --summary -o full.md" diff 2023 2024 --site "$corpus" --summary --format markdown -o "$tmp/review-full.md"
run "fmt --check" fmt --check "$corpus"
