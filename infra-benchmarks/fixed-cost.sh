#!/usr/bin/env bash
# The fixed cost every build pays for the plugin, side by side with maven-enforcer-plugin:
#   empty     - a pom with no plugins, the baseline
#   enforcer  - the same pom with maven-enforcer-plugin and two rules (requireMavenVersion, requireJavaVersion)
#   infra     - the same pom with this plugin (generate and validate) on a descriptor of $SERVICES services
# Each runs `mvn -o -q verify` (a cold JVM every time), interleaved in one hyperfine run; the plugin is
# installed into a private local repository, the user's own repository is only read (maven.repo.local.tail).
#
# Usage, from the project root: infra-benchmarks/fixed-cost.sh
# Knobs: RUNS (default 15), SERVICES (default 200), WORK (scratch folder), M2 (the local repository to read).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-15}
SERVICES=${SERVICES:-200}
WORK=${WORK:-$(mktemp -d)}
M2=${M2:-$HOME/.m2/repository}
REPO=$WORK/repo
MVN="$ROOT/mvnw -o -q -Dmaven.repo.local=$REPO -Dmaven.repo.local.tail=$M2"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
ENFORCER=${ENFORCER:-3.6.2}

command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

echo "building infra-architect $VERSION into $REPO"
(cd "$ROOT" && $MVN -B -pl infra-model,infra-architect-maven-plugin install -DskipTests -Dinvoker.skip=true)

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
# the infra project's output is removed before each run: every run is a cold generate, not a no-op rebuild
hyperfine --runs "$RUNS" --warmup 1 --export-json "$WORK/fixed-cost.json" \
  --prepare "rm -rf $WORK/infra/target" \
  -n empty "cd $WORK/empty && $MVN verify" \
  -n enforcer "cd $WORK/enforcer && $MVN verify" \
  -n "infra ($SERVICES services)" "cd $WORK/infra && $MVN verify"

python3 - "$WORK/fixed-cost.json" <<'EOF'
import json, statistics, sys
results = {r["command"]: r["times"] for r in json.load(open(sys.argv[1]))["results"]}
names = list(results)
base = statistics.median(results[names[0]])
for name in names:
    t = sorted(results[name])
    med = statistics.median(t)
    print(f"{name:>22}: median {med:.3f} s (min {t[0]:.3f}, max {t[-1]:.3f}), over empty {med - base:+.3f} s")
EOF
echo "results: $WORK/fixed-cost.json"
