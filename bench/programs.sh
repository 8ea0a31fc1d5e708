# Sourced by the bench scripts: makes target/gongkai.jar and the bench programs (src/bench/java,
# compiled with the tests into target/test-classes) when missing or older than a source, and
# sets $jar.
jar=$repo/target/gongkai.jar
if [ ! -f "$jar" ] || [ ! -d "$repo/target/test-classes/org/gongkai/search" ] \
    || [ -n "$(find "$repo/pom.xml" "$repo/src" "$repo/templates" "$repo/assets" -newer "$jar" -print -quit)" ]; then
  mvn -q -B -f "$repo/pom.xml" -DskipTests package
fi
