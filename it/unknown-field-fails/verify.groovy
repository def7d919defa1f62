def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project unknown-field-fails: src/main/infra/infra.yaml:5:5: unknown field \'dependOn\' in services.api; did you mean \'dependsOn\'? -> [Help 1]')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
