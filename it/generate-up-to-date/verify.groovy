def log = new File(basedir, 'build.log').text
// the two invocations append to one build.log; each starts by scanning for projects
def runs = log.split(/(?=\[INFO\] Scanning for projects\.\.\.)/).findAll { it.contains('[INFO] BUILD') }*.readLines()
assert runs.size() == 2
def out = new File(basedir, 'target/infra')
def header = { String version, String execution -> "[INFO] --- infra-architect-maven-plugin:${version}:generate (${execution}) @ generate-up-to-date ---".toString() }

// Maven 3.9 names the plugin by its prefix in execution headers, 3.8 by its artifactId: compare in one form
def infraLines = { List<String> run -> run.findAll { it.startsWith('[INFO] infra: ') || (it.startsWith('[INFO] --- ') && it.contains(':generate (')) }
        .collect { it.replace('[INFO] --- infra:', '[INFO] --- infra-architect-maven-plugin:') } }
def version = runs[0].find { it.contains(':generate (first)') }.find(/:([^:]+):generate/) { all, v -> v }

// run 1: all four generators write (compose 1, terraform aws 14, adr 2, docs 1), the second execution finds nothing to do
assert infraLines(runs[0]) == [
        header.call(version, 'first'),
        '[INFO] infra: steady: 1 service (1 container, 0 managed), 0 hosts, 1 environment (prod)',
        '[INFO] infra: generate: 18 added, 0 changed, 0 removed, 0 unchanged in target/infra',
        header.call(version, 'second'),
        '[INFO] infra: generate: target/infra is up to date',
]
assert runs[0].contains('[INFO] BUILD SUCCESS')

// run 2: other generators change the fingerprint; the compose and terraform files are now stale and removed
assert infraLines(runs[1]) == [
        header.call(version, 'first'),
        '[INFO] infra: steady: 1 service (1 container, 0 managed), 0 hosts, 1 environment (prod)',
        '[INFO] infra: generate: 0 added, 0 changed, 15 removed, 3 unchanged in target/infra',
        header.call(version, 'second'),
        '[INFO] infra: generate: target/infra is up to date',
]
assert runs[1].contains('[INFO] BUILD SUCCESS')

// what the user put there by hand survives both runs and the removal, in the output root and in a generated folder
assert new File(out, 'NOTES.md').text == 'my notes\n'
assert new File(out, 'compose/local.override.yaml').text == 'services: {}\n'
assert !new File(out, 'compose/prod').exists()
assert !new File(out, 'terraform').exists()
assert new File(out, 'adr/0001-serve-static-files-with-nginx.md').isFile()
assert new File(out, 'adr/README.md').isFile()
assert new File(out, 'docs/architecture.md').isFile()
