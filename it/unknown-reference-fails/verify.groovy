def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project unknown-reference-fails: 1 violation in src/main/infra/infra.yaml:')
assert lines[failure + 1] == "[ERROR] src/main/infra/infra.yaml:5:17: service api depends on unknown service 'postgress'; did you mean 'postgres'?"
assert lines[failure + 2] == '[ERROR] Fix the descriptor, or report without failing with -Dinfra.failOnViolation=false'
assert lines.contains("[ERROR] infra: src/main/infra/infra.yaml:5:17: service api depends on unknown service 'postgress'; did you mean 'postgres'? [unknown-reference]")
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
