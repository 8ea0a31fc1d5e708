#!/usr/bin/env bash
# The load stage with and without the fast YAML reader (-Dgongkai.fastYaml=false sends every file
# through the full YAML parser): SiteLoader.load of one generated corpus, alone, in fresh JVMs that
# alternate the two modes, with the launcher's JVM options and -Xmx512m. Each JVM loads the corpus
# RUNS times; bench/LoadBench.java prints the first (cold) load and the median of the others
# (warm), as wall time and as process CPU time, which another busy process disturbs less.
#   BENCH_TMP=/dev/shm/gongkai-bench bench/load.sh [DEPARTMENTS] [ROUNDS] [RUNS]
#   CRLF=true BENCH_TMP=/dev/shm/gongkai-bench bench/load.sh 1000   # the corpus with CRLF line ends
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
tmp=${BENCH_TMP:-/tmp/gongkai-bench}
d=${1:-1000}
rounds=${2:-3}
runs=${3:-5}
jar=$repo/target/gongkai.jar
if [ ! -f "$jar" ] || [ -n "$(find "$repo/pom.xml" "$repo/src/main" -newer "$jar" -print -quit)" ]; then
  mvn -q -B -f "$repo/pom.xml" -DskipTests package
fi
corpus=$tmp/corpus-${d}x10
if [ ! -d "$corpus/content" ]; then       # the corpus of bench/run.sh, made aside, then moved
  rm -rf "$corpus.tmp"
  python3 "$here/gen_corpus.py" --out "$corpus.tmp" --departments "$d" --projects 10 --years 2023 >/dev/null
  mv "$corpus.tmp" "$corpus"
fi
printf 'title: 基准测试站点\n' > "$corpus/site.yaml"
if [ "${CRLF:-false}" = true ]; then      # a copy with Windows line ends
  if [ ! -d "$corpus-crlf" ]; then
    rm -rf "$corpus-crlf.tmp"
    cp -r "$corpus" "$corpus-crlf.tmp"
    find "$corpus-crlf.tmp" -name '*.yaml' -exec sed -i 's/$/\r/' {} +
    mv "$corpus-crlf.tmp" "$corpus-crlf"
  fi
  corpus=$corpus-crlf
fi
opts=${GONGKAI_JAVA_OPTS:-$(sed -e "/^#/d" "$repo/dist/jvm.options")}
echo "corpus: ${corpus##*/}, $(find "$corpus/content" -name '*.yaml' | wc -l) files"
for ((r = 1; r <= rounds; r++)); do
  for fast in true false; do
    printf 'round %d  fast path %-5s  ' "$r" "$fast"
    java -Xmx512m $opts -Dgongkai.fastYaml=$fast -cp "$jar" "$here/LoadBench.java" "$corpus" "$runs"
  done
done
