def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def failure = lines.find { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }
assert failure != null
assert failure.contains(':import (default-cli) on project import-bad-compose-fails: docker-compose.yml:6:6: not valid YAML: ')
assert !new File(basedir, 'src/main/infra/infra.yaml').exists()
assert !log.contains('at dev.infraarchitect')
assert lines.contains('[INFO] BUILD FAILURE')
