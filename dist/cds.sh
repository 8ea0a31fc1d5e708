# Sourced by the launchers of the release (lib/cds.sh) and of the runtime image (app/cds.sh): sets
# $cds to the JVM options that map this copy's class-data archive, making it first if need be.
# In: $java, $opts (JVM options, may be empty), $jar, and $dir, the folder the jar is in.
#
# Class-data sharing: about 3,000 classes mapped from an archive instead of read from the jar,
# 0.4 s less per command. The archive names the jar's path, so it is made here, on the first run
# of this copy, by a training build of a new site, in $dir when $dir is writable. gongkai.jsa.path
# names the folder it was made for: a copy moved elsewhere makes its own. An archive the JVM
# cannot use (another Java) is skipped without a word. GONGKAI_CDS=false: none.
cds=
if [ "${GONGKAI_CDS:-true}" != false ]; then
  jsa=$dir/gongkai.jsa
  made_for=
  [ -f "$jsa.path" ] && read -r made_for < "$jsa.path"
  if [ "$made_for" != "$dir" ] && [ -w "$dir" ]; then
    work=$dir/.cds-training.$$
    echo "首次运行：正在生成启动加速文件（几秒钟，只此一次）……" >&2
    # $opts is split into words on purpose: it holds several options.
    if "$java" $opts -jar "$jar" init "$work/site" >/dev/null 2>&1 &&
        "$java" $opts -XX:ArchiveClassesAtExit="$work/gongkai.jsa" -Xlog:disable \
          -jar "$jar" build "$work/site" --allow-errors -o "$work/out" >/dev/null 2>&1 &&
        [ -f "$work/gongkai.jsa" ] && mv -f "$work/gongkai.jsa" "$jsa" && printf '%s\n' "$dir" > "$jsa.path"; then
      made_for=$dir
    fi
    rm -rf "$work"
  fi
  if [ "$made_for" = "$dir" ] && [ -f "$jsa" ]; then
    cds="-XX:SharedArchiveFile=$jsa -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr"
  fi
fi
