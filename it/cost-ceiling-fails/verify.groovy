def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project cost-ceiling-fails: 1 violation in src/main/infra/infra.yaml:')
// prod: api 3 x (1 core x 20 + 2GiB x 3) = 78.00, db 29.99 -> 107.99 over 100;
// dev caps api at 1 replica: 26.00 + 29.99 = 55.99, under its ceiling of 60
assert lines[failure + 1] == '[ERROR] src/main/infra/infra.yaml:8:16: cost exceeded in prod: 107.99 EUR per month at maximum replicas, ceiling 100.00 EUR (+7.99 EUR); largest: api 78.00 EUR, db 29.99 EUR'
assert lines[failure + 2] == '[ERROR] Fix the descriptor, or report without failing with -Dinfra.failOnViolation=false'
assert lines.contains('[ERROR] infra: src/main/infra/infra.yaml:8:16: cost exceeded in prod: 107.99 EUR per month at maximum replicas, ceiling 100.00 EUR (+7.99 EUR); largest: api 78.00 EUR, db 29.99 EUR [cost-ceiling]')
assert !log.contains('cost exceeded in dev')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
