#!/usr/bin/env bash
# Import benchmark: a document of N projects (FixtureTool big: the seed's projects repeated with
# new codes), as UTF-8 text and as Word, imported by one cold JVM each, as a user runs it.
#
#   bench/import.sh              # 200 projects
#   bench/import.sh 1000         # another size
#   BENCH_TMP=/dev/shm/gongkai-bench bench/import.sh
#
# Prints, per file: projects, seconds (wall, JVM start included) and peak resident memory; the
# figures are also written to target/bench/import.tsv.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
tmp=${BENCH_TMP:-/tmp/gongkai-bench}
n=${1:-200}
. "$here/programs.sh"

mkdir -p "$tmp" "$repo/target/bench"
results=$repo/target/bench/import.tsv
printf 'file\tprojects\tseconds\tpeak_rss_mb\n' > "$results"
printf '%-16s %9s %8s %8s\n' file projects seconds peak_MB
for ext in txt docx; do
  doc=$tmp/big${n}.$ext
  (cd "$repo" && java -cp "$jar:$repo/target/test-classes" org.gongkai.importer.FixtureTool big "$n" "$doc")
  out=$tmp/import-out
  rm -rf "$out"
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$tmp/import-rss" java ${GONGKAI_JAVA_OPTS:-$(sed -e "/^#/d" "$repo/dist/jvm.options")} \
    -jar "$jar" import "$doc" -o "$out" --year 2023 > "$tmp/import.log" 2>&1 \
    || { echo "importing $doc failed; see $tmp/import.log" >&2; exit 1; }
  end=$(date +%s%N)
  projects=$(find "$out/content" -path '*/projects/*.yaml' | wc -l)
  if [ "$projects" -ne "$n" ]; then echo "$doc: $projects projects imported, not $n" >&2; exit 1; fi
  secs=$(awk "BEGIN{printf \"%.2f\", ($end-$start)/1e9}")
  rss=$(tail -1 "$tmp/import-rss" | awk '{printf "%d", $1/1024}')
  printf '%-16s %9s %8s %8s\n' "big${n}.$ext" "$projects" "$secs" "$rss"
  printf '%s\t%s\t%s\t%s\n' "big${n}.$ext" "$projects" "$secs" "$rss" >> "$results"
done
echo "figures written to ${results#$repo/}"
