import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def budget = 'budget memory exceeded in prod: 6.5Gi requested, ceiling 4Gi (+2.5Gi); largest: api 6Gi, queue 512Mi'
def backup = 'service queue is stateful but has no backup; add backup: { interval: ..., retention: ... }'

// api 2 x 3Gi + queue 512Mi = 6.5Gi against a 4Gi budget: an error, logged, and the build still passes
assert lines.contains("[ERROR] infra: src/main/infra/infra.yaml:3:3: ${budget} [budget]".toString())
assert lines.contains("[WARNING] infra: src/main/infra/infra.yaml:11:5: ${backup} [stateful-without-backup]".toString())
assert lines.contains('[INFO] infra: validate: 1 error, 1 warning; reports in target/infra/plan.json and infra.sarif')
assert !lines.any { it.startsWith('[ERROR] Failed to execute goal') }
assert lines.contains('[INFO] BUILD SUCCESS')

def plan = new JsonSlurper().parse(new File(basedir, 'target/infra/plan.json'))
assert plan.formatVersion == 1
assert plan.project == 'reported'
assert plan.summary.errors == 1
assert plan.summary.warnings == 1
assert plan.violations.size() == 2
assert plan.violations[0] == [severity: 'error', rule: 'budget', message: budget, services: ['api', 'queue'],
                              location: [file: 'src/main/infra/infra.yaml', line: 3, column: 3]]
assert plan.violations[1] == [severity: 'warning', rule: 'stateful-without-backup', message: backup,
                              services: ['queue'], location: [file: 'src/main/infra/infra.yaml', line: 11, column: 5]]
assert plan.environments.prod.demand.memory == 6979321856L // 6.5 * 2^30
assert plan.environments.prod.limits.memory == 4294967296L

def sarif = new JsonSlurper().parse(new File(basedir, 'target/infra/infra.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'infra-architect'
assert run.tool.driver.rules*.id == ['budget', 'stateful-without-backup']
assert run.results*.ruleId == ['budget', 'stateful-without-backup']
assert run.results*.level == ['error', 'warning']
assert run.results*.message*.text == [budget, backup]
def region = run.results[0].locations[0].physicalLocation
assert region.artifactLocation.uri == 'src/main/infra/infra.yaml'
assert region.region.startLine == 3
assert region.region.startColumn == 3
