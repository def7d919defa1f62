def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project unplaceable-fails: 1 violation in src/main/infra/infra.yaml:')
assert lines[failure + 1] == '[ERROR] src/main/infra/infra.yaml:9:3: service trainer fits no host: closest big lacks 2 cpu (needs 6, 4 free) and 4Gi memory (needs 12Gi, 8Gi free)'
assert lines[failure + 2] == '[ERROR] Fix the descriptor, or report without failing with -Dinfra.failOnViolation=false'
assert lines.contains('[ERROR] infra: src/main/infra/infra.yaml:9:3: service trainer fits no host: closest big lacks 2 cpu (needs 6, 4 free) and 4Gi memory (needs 12Gi, 8Gi free) [unplaceable]')
// the service that fits is placed, only the one that fits nowhere is reported
assert !log.contains('service web fits no host')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
