#!/usr/bin/env bash
# What a Maven build with the plugin costs, measured with real Maven, offline: for each descriptor size, a cold
# `mvn verify` (clean output directory: generate + validate) and a no-op rebuild (the same `mvn verify` again, nothing
# changed), beside `mvn verify` of an empty pom (Maven's own start-up). Runs are interleaved (every project once per
# round), and each reports its wall time and the peak resident memory of the Maven JVM (/usr/bin/time).
# Sizes above 10,000 services are written as JSON, the format the README supports beyond that scale.
# Then checks the scale guard: the largest size's cold verify within 4.5x the smallest's, peak memory under 1.5 GiB.
# The plugin is installed into a local repository under infra-benchmarks/target, chained in front of ~/.m2 with
# maven.repo.local.tail (Maven 3.9+; the wrapper provides 3.9.11), so nothing is installed into ~/.m2.
#
# Usage: infra-benchmarks/run-build-targets.sh   (env: RUNS=3 SIZES="20 200 2000 20000" MVN=path/to/mvn
#                                                 MAVEN_OPTS for the knobs, e.g. -XX:TieredStopAtLevel=1)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
WORK="$HERE/target/build-targets"
REPO="$WORK/repo"
TAIL="${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}"
RUNS="${RUNS:-3}"
read -r -a SIZES <<<"${SIZES:-20 200 2000 20000}"
YAML_LIMIT=10000 # the largest YAML descriptor the README supports; larger sizes are written as JSON
# Maven: $MVN, else the project's wrapper when it runs offline, else mvn on PATH.
if [[ -z "${MVN:-}" ]]; then
  if [[ -x "$ROOT/mvnw" ]] && (cd "$ROOT" && timeout 60 ./mvnw -o -q -v >/dev/null 2>&1); then
    MVN="$ROOT/mvnw"
  else
    MVN="$(command -v mvn)"
  fi
fi
MAVEN_VERSION="$("$MVN" -o -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -1)"
case "$MAVEN_VERSION" in
  3.[0-8].*|3.[0-8]) echo "Maven $MAVEN_VERSION is too old: maven.repo.local.tail needs 3.9+ (use ./mvnw or MVN=...)" >&2
    exit 2 ;;
esac
VERSION="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)"
REPO_ARGS=(-o -B "-Dmaven.repo.local=$REPO" "-Dmaven.repo.local.tail=$TAIL")

echo "Maven $MAVEN_VERSION ($MVN); plugin $VERSION; $(java -version 2>&1 | head -1); $(nproc) processors;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); MAVEN_OPTS=${MAVEN_OPTS:-}"
echo "building and installing the plugin into $REPO ..."
mkdir -p "$WORK"
(cd "$ROOT" && "$MVN" "${REPO_ARGS[@]}" -q -Pbenchmarks install -pl .,infra-model,infra-architect-maven-plugin,infra-benchmarks \
  -DskipTests -Dinvoker.skip=true)

# project <dir> <services|empty>
project() {
  local dir="$1" services="$2"
  rm -rf "$dir"
  mkdir -p "$dir/src/main/infra"
  if [[ "$services" == empty ]]; then
    cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.infraarchitect.bench</groupId>
  <artifactId>empty</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
</project>
POM
    return
  fi
  java -cp "$HERE/target/benchmarks.jar" dev.infraarchitect.benchmark.SyntheticSystem "$services" \
    >"$dir/src/main/infra/infra.yaml"
  local descriptor=src/main/infra/infra.yaml
  if ((services > YAML_LIMIT)); then # beyond the supported YAML scale, as JSON
    descriptor=src/main/infra/infra.json
    java -cp "$HERE/target/benchmarks.jar" dev.infraarchitect.benchmark.YamlToJson "$dir/src/main/infra/infra.yaml" \
      "$dir/$descriptor"
    rm "$dir/src/main/infra/infra.yaml"
  fi
  cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.infraarchitect.bench</groupId>
  <artifactId>system-$services</artifactId>
  <version>1.0</version>
  <!-- pom packaging: verify runs only infra:generate (generate-resources) and infra:validate (verify) -->
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.infraarchitect</groupId>
        <artifactId>infra-architect-maven-plugin</artifactId>
        <version>$VERSION</version>
        <configuration>
          <descriptor>$descriptor</descriptor>
        </configuration>
        <executions>
          <execution>
            <goals>
              <goal>generate</goal>
              <goal>validate</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
spread() { sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%.1f to %.1f", lo / 1000, hi / 1000}'; }

# timed <dir> <key> <maven args...>: records "<wall ms> <peak RSS KiB> <CPU ms>" under $WORK/results/<key>
timed() {
  local dir="$1" key="$2"
  shift 2
  local start end log="$WORK/$key.log"
  start=$(date +%s%3N)
  if ! (cd "$dir" && /usr/bin/time -f '%M %U %S' -o "$WORK/rss" "$MVN" "${REPO_ARGS[@]}" "$@" >"$log" 2>&1); then
    echo "FAILED: mvn $* in $dir (log: $log)" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  end=$(date +%s%3N)
  echo "$((end - start)) $(tail -1 "$WORK/rss" | awk '{printf "%d %d", $1, ($2 + $3) * 1000}')" >>"$WORK/results/$key"
}

rm -rf "$WORK/results"
mkdir -p "$WORK/results"
project "$WORK/empty" empty
for n in "${SIZES[@]}"; do
  project "$WORK/s$n" "$n"
  echo "descriptor of $n services: $(wc -c "$WORK/s$n"/src/main/infra/infra.* | awk '{n = split($2, p, "/"); print $1, "bytes,", p[n]}')"
done

timed "$WORK/s${SIZES[0]}" warmup verify
for run in $(seq "$RUNS"); do
  timed "$WORK/empty" empty verify
  for n in "${SIZES[@]}"; do
    rm -rf "$WORK/s$n/target"
    timed "$WORK/s$n" "cold-$n" verify
    timed "$WORK/s$n" "noop-$n" verify
  done
  echo "  round $run done; load average $(cut -d' ' -f1-3 /proc/loadavg)"
done

ms() { awk '{print $1}' "$WORK/results/$1"; }
rss() { awk '{print $2}' "$WORK/results/$1"; }
cpu() { awk '{print $3}' "$WORK/results/$1"; }
secs() { awk '{printf "%.1f", $1 / 1000}'; }
mib() { sort -n | tail -1 | awk '{printf "%d", $1 / 1024}'; }
echo
echo "median wall time in seconds (spread over $RUNS interleaved runs), CPU time of a cold verify, peak resident"
echo "memory of the Maven JVM"
echo
echo "| services | cold \`mvn verify\` | its CPU time | no-op rebuild | peak memory |"
echo "| --- | --- | --- | --- | --- |"
echo "| empty pom | $(ms empty | median | secs) ($(ms empty | spread)) | $(cpu empty | median | secs) | |" \
  "$(rss empty | mib) MiB |"
for n in "${SIZES[@]}"; do
  echo "| $n | $(ms "cold-$n" | median | secs) ($(ms "cold-$n" | spread)) | $(cpu "cold-$n" | median | secs) |" \
    "$(ms "noop-$n" | median | secs) ($(ms "noop-$n" | spread)) |" \
    "$( (rss "cold-$n"; rss "noop-$n") | mib) MiB |"
done
small="${SIZES[0]}"
large="${SIZES[-1]}"
ratio=$(awk -v a="$(ms "cold-$large" | median)" -v b="$(ms "cold-$small" | median)" 'BEGIN {printf "%.2f", a / b}')
peak=$( (rss "cold-$large"; rss "noop-$large") | mib)
echo
verdict() { if [[ "$1" == 1 ]]; then echo met; else echo MISSED; fi; }
echo "cold verify, $large / $small services: ${ratio}x (limit 4.5x): $(verdict "$(awk -v r="$ratio" 'BEGIN {print (r <= 4.5) ? 1 : 0}')")"
cpu_ratio=$(awk -v a="$(cpu "cold-$large" | median)" -v b="$(cpu "cold-$small" | median)" 'BEGIN {printf "%.2f", a / b}')
echo "(in CPU time, which a busy machine disturbs less: ${cpu_ratio}x)"
echo "peak memory, $large services: $peak MiB (limit 1536 MiB): $(verdict "$([[ $peak -lt 1536 ]] && echo 1)")"
echo "(its cold runs: median $(rss "cold-$large" | median | awk '{printf "%d", $1 / 1024}') MiB," \
  "$(rss "cold-$large" | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%d to %d", lo / 1024, hi / 1024}') MiB;" \
  "G1 sizes the heap from the pause times it sees, so single runs stray)"
if grep -q "up to date" "$WORK/noop-$large.log"; then
  echo "no-op rebuild of $large services logs \"up to date\": met"
else
  echo "no-op rebuild of $large services logs \"up to date\": MISSED"
fi
