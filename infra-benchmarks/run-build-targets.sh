#!/usr/bin/env bash
# Measures the build-level performance targets with real Maven, offline:
#   1. a whole `mvn verify` (generate + validate) on a 20,000-service descriptor vs a 20-service one: <= 3x wall time;
#   2. an unchanged second `mvn generate-resources` vs Maven's bare start-up (`mvn validate` on an empty pom, and
#      `mvn -v`): the plugin must write nothing and log "up to date".
# The plugin is installed into a local repository under infra-benchmarks/target, chained in front of ~/.m2 with
# maven.repo.local.tail (Maven 3.9+; the wrapper provides 3.9.11), so nothing is installed into ~/.m2.
#
# Usage: infra-benchmarks/run-build-targets.sh        (env: RUNS=3 LARGE=20000 SMALL=20 MVN=path/to/mvn)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
WORK="$HERE/target/build-targets"
REPO="$WORK/repo"
TAIL="${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}"
RUNS="${RUNS:-3}"
LARGE="${LARGE:-20000}"
SMALL="${SMALL:-20}"

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

echo "Maven $MAVEN_VERSION ($MVN); plugin $VERSION; $(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "building and installing the plugin into $REPO ..."
mkdir -p "$WORK"
(cd "$ROOT" && "$MVN" "${REPO_ARGS[@]}" -q -Pbenchmarks install -pl .,infra-model,infra-architect-maven-plugin,infra-benchmarks \
  -DskipTests -Dinvoker.skip=true)

now_ms() { date +%s%3N; }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

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

# timed <dir> <log> <maven args...>: prints wall milliseconds; fails when Maven fails
timed() {
  local dir="$1" log="$2"
  shift 2
  local start end
  start=$(now_ms)
  if ! (cd "$dir" && "$MVN" "${REPO_ARGS[@]}" "$@" >"$log" 2>&1); then
    echo "FAILED: mvn $* in $dir (log: $log)" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  end=$(now_ms)
  echo $((end - start))
}

project "$WORK/small" "$SMALL"
project "$WORK/large" "$LARGE"
project "$WORK/empty" empty
echo "descriptors: $SMALL services ($(wc -c <"$WORK/small/src/main/infra/infra.yaml") bytes)," \
  "$LARGE services ($(wc -c <"$WORK/large/src/main/infra/infra.yaml") bytes)"

# 1. whole verify from a clean output directory, alternating small and large
timed "$WORK/small" "$WORK/small-warmup.log" verify >/dev/null
small_times=()
large_times=()
for run in $(seq "$RUNS"); do
  rm -rf "$WORK/small/target" "$WORK/large/target"
  small_times+=("$(timed "$WORK/small" "$WORK/small-verify.log" verify)")
  large_times+=("$(timed "$WORK/large" "$WORK/large-verify.log" verify)")
  echo "  verify run $run: $SMALL services ${small_times[-1]} ms, $LARGE services ${large_times[-1]} ms"
done
grep -h "validate:" "$WORK/large-verify.log" | sed 's/^/  large: /'
small_median=$(printf '%s\n' "${small_times[@]}" | median)
large_median=$(printf '%s\n' "${large_times[@]}" | median)

# 2. unchanged second generate-resources vs bare start-up
bare_times=()
version_times=()
again_times=()
marker="$WORK/large/target/.before-second-run"
touch "$marker"
sleep 1
for run in $(seq "$RUNS"); do
  version_times+=("$(timed "$WORK/empty" "$WORK/version.log" -v)")
  bare_times+=("$(timed "$WORK/empty" "$WORK/empty-validate.log" validate)")
  again_times+=("$(timed "$WORK/large" "$WORK/large-again.log" generate-resources)")
  echo "  start-up run $run: mvn -v ${version_times[-1]} ms, empty validate ${bare_times[-1]} ms," \
    "unchanged generate-resources ($LARGE services) ${again_times[-1]} ms"
done
written=$(find "$WORK/large/target" -newer "$marker" \( -type f -o -type d \) | wc -l)
if grep -q "is up to date" "$WORK/large-again.log"; then up_to_date=yes; else up_to_date=no; fi
grep -h "generate:" "$WORK/large-again.log" | sed 's/^/  log: /'
bare_median=$(printf '%s\n' "${bare_times[@]}" | median)
version_median=$(printf '%s\n' "${version_times[@]}" | median)
again_median=$(printf '%s\n' "${again_times[@]}" | median)

verify_ratio=$(awk -v a="$large_median" -v b="$small_median" 'BEGIN {printf "%.2f", a / b}')
again_ratio=$(awk -v a="$again_median" -v b="$bare_median" 'BEGIN {printf "%.2f", a / b}')
verdict() { if [[ "$1" == 1 ]]; then echo met; else echo MISSED; fi; }
echo
echo "| target | measured | limit | result |"
echo "|--------|----------|-------|--------|"
echo "| mvn verify, $LARGE / $SMALL services | ${verify_ratio}x ($large_median ms / $small_median ms) | <= 3x |" \
  "$(verdict "$(awk -v r="$verify_ratio" 'BEGIN {print (r <= 3) ? 1 : 0}')") |"
echo "| unchanged second generate-resources ($LARGE services) / empty-pom validate |" \
  "${again_ratio}x ($again_median ms / $bare_median ms; mvn -v $version_median ms) | close to start-up | info |"
echo "| ... writes nothing | $written files or folders changed | 0 | $(verdict "$([[ $written == 0 ]] && echo 1)") |"
echo "| ... logs \"up to date\" | $up_to_date | yes | $(verdict "$([[ $up_to_date == yes ]] && echo 1)") |"
