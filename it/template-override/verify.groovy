def lines = new File(basedir, 'build.log').readLines()
def adr = new File(basedir, 'target/infra/adr')

assert lines.contains('[INFO] infra: generate: 3 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert lines.contains('[INFO] BUILD SUCCESS')

// every decision goes through the project's own template, exactly
assert new File(adr, '0001-keep-adrs-short.md').text == '''\
ACME decision record 1: Keep ADRs short
Status: Proposed (2026-03-02)
Decided: One paragraph per section.
'''
assert new File(adr, '0002-write-them-in-english.md').text == '''\
ACME decision record 2: Write them in English
Status: Accepted (2026-03-03)
Decided: Everyone reads English.
'''
// templates the project does not override stay the plugin's own
assert new File(adr, 'README.md').text.startsWith('# Architecture decisions: custom\n')
assert new File(adr, 'README.md').text.contains('| 1 | [Keep ADRs short](0001-keep-adrs-short.md) | Proposed | 2026-03-02 |')
// an override template is what sets up FreeMarker
assert new File(basedir, 'class-load.log').readLines().any { it.contains(' freemarker.template.Configuration ') }
