def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project hostile-input-fails: src/main/infra/infra.yaml:6:12:'
        + ' explicit YAML tags (\'tag:yaml.org,2002:java.net.URL\') are not supported; remove the tag -> [Help 1]')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('at com.fasterxml')
assert !log.contains('at org.yaml')
assert !log.contains('Exception in thread')
assert !new File(basedir, 'target/infra').exists()
