def log = new File(basedir, 'build.log').text
// the three invocations append to one build.log; each starts by scanning for projects
def runs = log.split(/(?=\[INFO\] Scanning for projects\.\.\.)/).findAll { it.contains('[INFO] BUILD') }*.readLines()
assert runs.size() == 3

def healthcheck = 'src/main/infra/infra.yaml:6:3: service db has no healthcheck but api depends on it; add a healthcheck so they can wait until it is ready'
def backup = 'src/main/infra/infra.yaml:8:5: service db is stateful but has no backup; add backup: { interval: ..., retention: ... }'
def failed = '[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:'

// 1: by default warnings are logged and the build passes
def first = runs[0]
assert first.contains("[WARNING] infra: ${healthcheck} [dependency-without-healthcheck]".toString())
assert first.contains("[WARNING] infra: ${backup} [stateful-without-backup]".toString())
assert first.contains('[INFO] infra: validate: 0 errors, 2 warnings; reports in target/infra/plan.json and infra.sarif')
assert first.contains('[INFO] BUILD SUCCESS')

// 2: -Dinfra.failOnWarning=true turns both into errors
def second = runs[1]
assert second.contains("[ERROR] infra: ${healthcheck} [dependency-without-healthcheck]".toString())
assert second.contains("[ERROR] infra: ${backup} [stateful-without-backup]".toString())
assert second.contains('[INFO] infra: validate: 2 errors, 0 warnings; reports in target/infra/plan.json and infra.sarif')
def at = second.findIndexOf { it.startsWith(failed) }
assert second[at].endsWith(':validate (default) on project warnings-fail-on-request: 2 violations in src/main/infra/infra.yaml:')
assert second[at + 1] == "[ERROR] ${healthcheck}".toString()
assert second[at + 2] == "[ERROR] ${backup}".toString()
assert second.contains('[INFO] BUILD FAILURE')

// 3: <rules><stateful-without-backup>error</...> raises that rule only
def third = runs[2]
assert third.contains("[WARNING] infra: ${healthcheck} [dependency-without-healthcheck]".toString())
assert third.contains("[ERROR] infra: ${backup} [stateful-without-backup]".toString())
assert third.contains('[INFO] infra: validate: 1 error, 1 warning; reports in target/infra/plan.json and infra.sarif')
at = third.findIndexOf { it.startsWith(failed) }
assert third[at].endsWith(':validate (default) on project warnings-fail-on-request: 1 violation in src/main/infra/infra.yaml:')
assert third[at + 1] == "[ERROR] ${backup}".toString()
assert third.contains('[INFO] BUILD FAILURE')

assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
