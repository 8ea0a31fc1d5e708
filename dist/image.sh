#!/usr/bin/env bash
# Makes a self-contained runtime image of gongkai: a trimmed Java 17 runtime (jlink) with the jar
# and a launcher, for machines with no Java at all. Run it after `mvn package`, on the system the
# image is for (jlink puts in the runtime of the JDK that runs it):
#
#   mvn -B -DskipTests package && dist/image.sh
#
# gives target/gongkai-<version>-<os>-<arch>/ and its archive (.tar.gz; on Windows, in Git Bash,
# .zip). Unpack it anywhere and run bin/gongkai (bin\gongkai.bat on Windows).
# The modules come from jdeps on the jar; the JVM options of dist/jvm.options are built into the
# runtime (jlink --add-options), so the image needs no options file.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
jar=$repo/target/gongkai.jar
[ -f "$jar" ] || { echo "没有 $jar：请先运行 mvn -B -DskipTests package" >&2; exit 1; }
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) os=$(uname -s | tr 'A-Z' 'a-z') ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) arch=$(uname -m) ;;
esac
name=gongkai-$version-$os-$arch
out=$repo/target/$name
rm -rf "$out"

# jdeps finds what the jar's classes use; the others are reached only by name at run time:
# jdk.charsets (GBK/GB18030 text import), jdk.zipfs (zip file systems), jdk.localedata (Chinese
# formats, zh only), jdk.httpserver (the preview server).
modules=$("${jdk_bin}jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$jar")
modules=$modules,jdk.charsets,jdk.zipfs,jdk.localedata,jdk.httpserver
options=$(sed -e '/^#/d' "$here/jvm.options")
echo "jlink：$modules；JVM 选项：$options" >&2
"${jdk_bin}jlink" --add-modules "$modules" --include-locales=zh,en \
  --add-options="$options" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$out"

mkdir -p "$out/app"
cp "$jar" "$out/app/gongkai.jar"
cp "$here/cds.sh" "$out/app/cds.sh"
cp "$repo/README.md" "$out/"
cp -r "$repo/docs" "$out/docs"
cat > "$out/bin/gongkai" <<'LAUNCHER'
#!/bin/sh
# gongkai with the runtime of this image (its JVM options are built in; GONGKAI_JAVA_OPTS adds to them).
self=$0
while [ -h "$self" ]; do
  link=$(ls -ld "$self" | sed 's/.* -> //')
  case $link in
    /*) self=$link ;;
    *) self=$(dirname "$self")/$link ;;
  esac
done
home=$(cd "$(dirname "$self")/.." && pwd -P) || exit 3
# Chinese file names and messages need a UTF-8 locale; a bare server (LANG unset, or C) has none.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) [ "$(uname -s)" = Linux ] && export LC_ALL=C.UTF-8 ;;
esac
java=$home/bin/java
opts=${GONGKAI_JAVA_OPTS:-}
jar=$home/app/gongkai.jar
# The class-data archive of this copy, made on its first run (app/cds.sh); the runtime's own
# classes have theirs, made by jlink.
cds=
if [ -f "$home/app/cds.sh" ]; then
  dir=$home/app
  . "$home/app/cds.sh"
fi
# $opts and $cds are split into words on purpose: each holds several options.
exec "$java" $opts $cds -jar "$jar" "$@"
LAUNCHER
chmod 755 "$out/bin/gongkai"
printf '%s\r\n' '@echo off' \
  'rem gongkai with the runtime of this image (its JVM options are built in; GONGKAI_JAVA_OPTS adds to them).' \
  'setlocal' \
  'chcp 65001 >nul' \
  '"%~dp0java.exe" %GONGKAI_JAVA_OPTS% -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar "%~dp0..\app\gongkai.jar" %*' \
  'exit /b %ERRORLEVEL%' > "$out/bin/gongkai.bat"

cd "$repo/target"
if [ "$os" = windows ]; then
  rm -f "$name.zip" && (command -v zip >/dev/null && zip -qr "$name.zip" "$name" || powershell -Command "Compress-Archive -Path '$name' -DestinationPath '$name.zip'")
  echo "$repo/target/$name.zip"
else
  tar -czf "$name.tar.gz" "$name"
  echo "$repo/target/$name.tar.gz"
fi
