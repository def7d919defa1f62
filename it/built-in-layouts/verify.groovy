def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra')

assert lines.contains('[INFO] BUILD SUCCESS')
assert new File(out, 'adr/0001-keep-adrs-short.md').text.startsWith('# 1. Keep ADRs short\n\nDate: 2026-03-02\n')
assert new File(out, 'adr/README.md').text.startsWith('# Architecture decisions: custom\n')
assert new File(out, 'docs/architecture.md').text.startsWith('# custom: architecture\n')

def loaded = new File(basedir, 'class-load.log').readLines()
// the log is the Maven JVM's: it holds the generators' own classes
assert loaded.any { it.contains(' dev.infraarchitect.render.adr.DecisionPage ') }
assert loaded.findAll { it.contains(' freemarker.') }.isEmpty()
