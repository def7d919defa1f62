def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project cycle-fails: 2 violations in src/main/infra/infra.yaml:')
// every independent cycle, each in order, once in the log as it is found and once in the failure
assert lines[failure + 1] == '[ERROR] src/main/infra/infra.yaml:5:17: dependency cycle: a -> b -> a'
assert lines[failure + 2] == '[ERROR] src/main/infra/infra.yaml:11:17: dependency cycle: c -> d -> e -> c'
assert lines[failure + 3] == '[ERROR] Fix the descriptor, or report without failing with -Dinfra.failOnViolation=false'
assert lines.contains('[ERROR] infra: src/main/infra/infra.yaml:5:17: dependency cycle: a -> b -> a [dependency-cycle]')
assert lines.contains('[ERROR] infra: src/main/infra/infra.yaml:11:17: dependency cycle: c -> d -> e -> c [dependency-cycle]')
// f depends on a cycle without being on one: two cycles, no more
assert lines.count { it.startsWith('[ERROR] infra: ') && it.contains('dependency cycle') } == 2
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
