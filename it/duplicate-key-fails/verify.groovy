def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }

assert failure >= 0
assert lines[failure].endsWith(':validate (default) on project duplicate-key-fails: src/main/infra/infra.yaml:5:3: duplicate key \'api\' (first at line 3); keep one of them -> [Help 1]')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
