def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project missing-descriptor-fails: infra descriptor src/main/infra/infra.yaml not found; create it, or set another file with <descriptor> in the plugin configuration or -Dinfra.descriptor=path/to/infra.yaml (or skip with -Dinfra.skip) -> [Help 1]')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
