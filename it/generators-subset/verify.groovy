def log = new File(basedir, 'build.log').text
// the two invocations append to one build.log; each starts by scanning for projects
def runs = log.split(/(?=\[INFO\] Scanning for projects\.\.\.)/).findAll { it.contains('[INFO] BUILD') }*.readLines()
assert runs.size() == 2
def out = new File(basedir, 'target/infra')

// run 1: -Dinfra.generators=adr,docs writes the two ADR files and the architecture page, nothing else
assert runs[0].contains('[INFO] infra: generate: 3 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert runs[0].contains('[INFO] BUILD SUCCESS')
assert out.list().toList().sort() == ['.infra-manifest', 'adr', 'docs']
assert new File(out, 'adr').list().toList().sort() == ['0001-one-host-is-enough.md', 'README.md']
assert new File(out, 'docs').list().toList() == ['architecture.md']

// run 2: a misspelt id fails before anything is written, naming the nearest known generator
def failure = runs[1].find { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }
assert failure.endsWith(":generate (default) on project generators-subset: <generators> names unknown generator 'compse' (known: compose, terraform, adr, docs, kubernetes, kubernetes-no-wait, e.g. -Dinfra.generators=compose,docs); did you mean 'compose'? -> [Help 1]")
assert runs[1].contains('[INFO] BUILD FAILURE')
assert !new File(out, 'compose').exists()

assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
