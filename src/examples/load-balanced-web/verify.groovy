// Expected results of README.md, checked against the real build: build.log, target/infra/plan.json and the files.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra')
def plan = new JsonSlurper().parse(new File(out, 'plan.json'))
def gi = 1024L * 1024 * 1024

assert lines.contains('[INFO] infra: validate: 0 errors, 0 warnings; reports in target/infra/plan.json and infra.sarif')
assert lines.contains('[INFO] infra: generate: 15 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert lines.contains('[INFO] infra:   host node-a cpu    [####################]      7 / 7 cores   100%')
assert lines.contains('[INFO] infra:   host node-b memory [##############------]   21Gi / 30Gi       70%')
assert lines.contains('[INFO] infra:   cost: 120.00 USD per month, ceiling 150.00 USD (80%)')
assert lines.contains('[INFO] BUILD SUCCESS')

assert plan.phases == [['cache', 'db', 'prometheus'], ['grafana', 'web'], ['lb']]
assert plan.placement == [cache: 'node-a', db: 'node-b', grafana: 'node-b', lb: 'node-b', prometheus: 'node-b', web: 'node-a']
assert plan.placedAutomatically == ['cache', 'db', 'grafana', 'lb', 'prometheus', 'web']
def prod = plan.environments.prod
assert [prod.cost.min, prod.cost.max, prod.cost.ceiling] == [120.0, 120.0, 150.0]
assert [prod.demand.cpu, prod.demand.memory, prod.demand.storage] == [13.25, 31 * gi, 300 * gi]
assert [prod.limits.cpu, prod.limits.memory] == [14, 60 * gi]
assert prod.replicas.web == [min: 2, max: 6]
assert [plan.hosts['node-a'].use.prod.cpu, plan.hosts['node-a'].use.prod.memory] == [7, 10 * gi]
assert [plan.hosts['node-b'].use.prod.cpu, plan.hosts['node-b'].use.prod.memory] == [6.25, 21 * gi]
assert plan.violations == []

// one compose file per host, each with the services placed there
def a = new File(out, 'compose/prod/node-a.compose.yaml').text
def b = new File(out, 'compose/prod/node-b.compose.yaml').text
assert a.contains('  cache:\n') && a.contains('  web:\n') && !a.contains('  db:\n')
assert b.contains('  db:\n') && b.contains('  grafana:\n') && b.contains('  lb:\n') && b.contains('  prometheus:\n') && !b.contains('  web:\n')
assert new File(out, 'terraform/modules/node-a/main.tf').isFile()
assert new File(out, 'terraform/modules/node-b/main.tf').isFile()
assert new File(out, 'adr').list().sort() == ['README.md']
assert new File(out, 'docs/architecture.md').isFile()
