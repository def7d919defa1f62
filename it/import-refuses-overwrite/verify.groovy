def lines = new File(basedir, 'build.log').readLines()
def failure = lines.find { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }
assert failure != null
assert failure.contains(':import (default-cli) on project import-refuses-overwrite: descriptor src/main/infra/infra.yaml already exists and is left as it is; replace it with -Dinfra.import.overwrite=true, or import into another file with -Dinfra.descriptor=path/to/infra.yaml -> [Help 1]')
assert new File(basedir, 'src/main/infra/infra.yaml').text.startsWith('# written by hand; an import must not replace it')
assert lines.contains('[INFO] BUILD FAILURE')
