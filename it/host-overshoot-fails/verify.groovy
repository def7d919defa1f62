def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project host-overshoot-fails: 1 violation in src/main/infra/infra.yaml:')
// capacity is 16Gi minus the 2Gi reserve; api counts twice (2 replicas of 3Gi)
assert lines[failure + 1] == '[ERROR] src/main/infra/infra.yaml:3:3: host box memory exceeded: 15Gi placed, capacity 14Gi (+1Gi); placed: db 8Gi, api 6Gi, cache 1Gi'
assert lines[failure + 2] == '[ERROR] Fix the descriptor, or report without failing with -Dinfra.failOnViolation=false'
assert lines.contains('[ERROR] infra: src/main/infra/infra.yaml:3:3: host box memory exceeded: 15Gi placed, capacity 14Gi (+1Gi); placed: db 8Gi, api 6Gi, cache 1Gi [host-capacity]')
// cpu fits: 2 + 2 + 0.5 of 8 cores
assert !log.contains('host box cpu')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
