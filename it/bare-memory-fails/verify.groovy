def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project bare-memory-fails: src/main/infra/infra.yaml:6:15: services.api.resources.memory: size \'4\' has no unit; did you mean 4Gi? (units: Ki Mi Gi Ti Pi, or k M G T P) -> [Help 1]')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
