def log = new File(basedir, 'build.log').text
// the two invocations append to one build.log; each starts by scanning for projects
def runs = log.split(/(?=\[INFO\] Scanning for projects\.\.\.)/).findAll { it.contains('[INFO] BUILD') }*.readLines()
assert runs.size() == 2

def goals = runs[0]
assert goals.any { it ==~ /\[INFO\] --- (infra-architect-maven-plugin|infra):[^ ]+:help \(default-cli\) @ help-lists-goals ---/ }
assert goals.contains('This plugin has 5 goals:')
// goal names at the start of a line, sorted, each followed by its description
assert goals.findAll { it ==~ /infra:[a-z]+/ } == ['infra:generate', 'infra:help', 'infra:import', 'infra:plan', 'infra:validate']
assert goals[goals.indexOf('infra:validate') + 1] == '  Checks the system descriptor: references, dependency cycles and phases,'
assert goals[goals.indexOf('infra:generate') + 1].startsWith('  Generates artifacts from the system descriptor')
assert goals[goals.indexOf('infra:import') + 1].startsWith('  Imports an existing Docker Compose file as the system descriptor')
assert goals[goals.indexOf('infra:plan') + 1] == '  Prints the deployment plan of the system descriptor: startup order by phase,'
assert goals.contains('[INFO] BUILD SUCCESS')

def detail = runs[1]
assert detail.findAll { it ==~ /infra:[a-z]+/ } == ['infra:validate']
assert detail.contains('  Available parameters:')
['infra.descriptor', 'infra.failOnViolation', 'infra.failOnWarning', 'infra.outputDirectory', 'infra.skip',
 'infra.validate.skip'].each { assert detail.contains("      User property: ${it}".toString()) }
assert detail.contains('    failOnWarning (Default: false)')
assert detail.contains('[INFO] BUILD SUCCESS')
