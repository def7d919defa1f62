#!/usr/bin/env bash
# The fixed cost every build pays for the plugin, side by side with maven-enforcer-plugin:
#   empty     - a pom with no plugins, the baseline
#   enforcer  - the same pom with maven-enforcer-plugin and two rules (requireMavenVersion, requireJavaVersion)
#   infra     - the same pom with this plugin (generate and validate) on a descriptor of $SERVICES services
#   templates - the infra project again with the starter templates of docs/templates as override templates, which
#               shows what setting up FreeMarker for them adds
# Each runs `mvn -o -q verify` in a cold JVM. The four are interleaved, one of each per round in an order that changes
# from round to round, so that neither a slow spell of the machine nor a place in the round weighs on one of them.
# Each run's wall time and CPU time (user + system, /usr/bin/time) are recorded; a plugin's cost is its run's time
# minus the empty run's time of the same round. The plugin is installed into a private local repository; the user's
# own repository is only read (maven.repo.local.tail).
#
# Usage, from the project root: infra-benchmarks/fixed-cost.sh
# Knobs: RUNS (rounds, default 20), SERVICES (default 200), SEED (of the order of builds in a round, default 1),
# WORK (scratch folder), M2 (the local repository to read).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-20}
SERVICES=${SERVICES:-200}
WORK=${WORK:-$(mktemp -d)}
M2=${M2:-$HOME/.m2/repository}
REPO=$WORK/repo
MVN="$ROOT/mvnw -o -q -Dmaven.repo.local=$REPO -Dmaven.repo.local.tail=$M2"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
ENFORCER=${ENFORCER:-3.6.2}

echo "building infra-architect $VERSION into $REPO"
(cd "$ROOT" && $MVN -B -pl infra-model,infra-architect-maven-plugin install -am -DskipTests -Dinvoker.skip=true)

project() { # folder, extra build plugins
  mkdir -p "$WORK/$1"
  cat > "$WORK/$1/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$1</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build><plugins>$2</plugins></build>
</project>
EOF
}

project empty ""
project enforcer "
    <plugin>
      <groupId>org.apache.maven.plugins</groupId>
      <artifactId>maven-enforcer-plugin</artifactId>
      <version>$ENFORCER</version>
      <executions><execution><id>enforce</id><goals><goal>enforce</goal></goals>
        <configuration><rules>
          <requireMavenVersion><version>3.6.3</version></requireMavenVersion>
          <requireJavaVersion><version>17</version></requireJavaVersion>
        </rules></configuration>
      </execution></executions>
    </plugin>"
project infra "
    <plugin>
      <groupId>dev.infraarchitect</groupId>
      <artifactId>infra-architect-maven-plugin</artifactId>
      <version>$VERSION</version>
      <executions><execution><goals><goal>generate</goal><goal>validate</goal></goals></execution></executions>
    </plugin>"
mkdir -p "$WORK/infra/src/main/infra"
java "$ROOT/infra-benchmarks/src/main/java/dev/infraarchitect/benchmark/SyntheticSystem.java" "$SERVICES" \
  > "$WORK/infra/src/main/infra/infra.yaml"

# each project once, so that every plugin is resolved before timing, and a broken set-up fails here
for p in empty enforcer infra; do (cd "$WORK/$p" && $MVN verify); done

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1); load now: $(cut -d' ' -f1-3 /proc/loadavg)"
RESULTS=$WORK/results
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
timed() { # result name, project, extra Maven arguments: appends "<wall ms> <CPU ms>" of one `mvn verify`
  local name=$1 dir=$2 start end
  shift 2
  start=$(date +%s%N)
  (cd "$WORK/$dir" && /usr/bin/time -f '%U %S' -o "$WORK/time" $MVN "$@" verify)
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $(awk '{printf "%d", ($1 + $2) * 1000}' "$WORK/time")" >>"$RESULTS/$name"
}
build() { # one build of the round, by result name
  case $1 in
    empty) timed empty empty ;;
    enforcer) timed enforcer enforcer ;;
    infra) rm -rf "$WORK/infra/target" && timed infra infra ;; # every run a cold generate, not a no-op rebuild
    templates) rm -rf "$WORK/infra/target" && timed templates infra "-Dinfra.templateDirectory=$ROOT/docs/templates" ;;
  esac
}
RANDOM=${SEED:-1} # the order of the four builds changes from round to round, the same way for the same SEED
order=(empty enforcer infra templates)
for round in $(seq "$RUNS"); do
  for ((i = ${#order[@]} - 1; i > 0; i--)); do # shuffle (Fisher-Yates)
    j=$((RANDOM % (i + 1)))
    swap=${order[i]} && order[i]=${order[j]} && order[j]=$swap
  done
  for name in "${order[@]}"; do
    build "$name"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$RESULTS" "$SERVICES" <<'EOF'
import random, statistics, sys
runs = {p: [tuple(map(int, line.split())) for line in open(f"{sys.argv[1]}/{p}")]
        for p in ("empty", "enforcer", "infra", "templates")}
def over(p, i):  # per round: the run minus the empty run of the same round
    return [a[i] - b[i] for a, b in zip(runs[p], runs["empty"])]
print(f"{'':>24} {'wall, median':>13} {'over empty':>11} {'CPU, median':>12} {'over empty':>11}")
for p, label in (("empty", "empty"), ("enforcer", "enforcer, two rules"), ("infra", f"infra, {sys.argv[2]} services"),
                 ("templates", "with override templates")):
    wall = statistics.median(r[0] for r in runs[p]) / 1000
    cpu = statistics.median(r[1] for r in runs[p]) / 1000
    w = statistics.median(over(p, 0)) / 1000
    c = statistics.median(over(p, 1)) / 1000
    print(f"{label:>24} {wall:>12.3f}s {w:>+10.3f}s {cpu:>11.3f}s {c:>+10.3f}s")
def ratio(p, i, rounds):  # the plugin's median cost over the enforcer's, both over the same rounds
    return (statistics.median(over(p, i)[r] for r in rounds)
            / statistics.median(over("enforcer", i)[r] for r in rounds))
def interval(p, i):  # 95% bootstrap interval of the ratio, resampling whole rounds; seeded, so a rerun agrees
    draw = random.Random(1)
    n = len(runs["empty"])
    ratios = sorted(ratio(p, i, [draw.randrange(n) for _ in range(n)]) for _ in range(2000))
    return f"{ratios[49]:.2f} to {ratios[1949]:.2f}"
everyone = range(len(runs["empty"]))
for p, label in (("infra", "infra's cost"), ("templates", "with override templates")):
    print(f"{label} over enforcer's ({len(everyone)} rounds): {ratio(p, 0, everyone):.2f}x in wall time"
          f" (95% interval {interval(p, 0)}), {ratio(p, 1, everyone):.2f}x in CPU time ({interval(p, 1)})")
EOF
echo "results: $RESULTS"
