def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project tier-overshoot-fails: 1 violation in src/main/infra/infra.yaml:')
// api counts at its maximum of 2 replicas; memory (2.5Gi of 8Gi) and tier data (8Gi of 16Gi) fit
assert lines[failure + 1] == '[ERROR] src/main/infra/infra.yaml:3:3: tier app cpu exceeded in prod: 2.5 requested, limit 2 (+0.5); largest: api 2, worker 0.5'
assert lines[failure + 2] == '[ERROR] Fix the descriptor, or report without failing with -Dinfra.failOnViolation=false'
assert lines.contains('[ERROR] infra: src/main/infra/infra.yaml:3:3: tier app cpu exceeded in prod: 2.5 requested, limit 2 (+0.5); largest: api 2, worker 0.5 [tier-capacity]')
assert !log.contains('tier data')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
