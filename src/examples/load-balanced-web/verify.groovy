// Expected results of README.md, checked against the real build: build.log, target/infra/plan.json and the files.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra')
def plan = new JsonSlurper().parse(new File(out, 'plan.json'))
def gi = 1024L * 1024 * 1024

assert lines.contains('[INFO] infra: validate: 0 errors, 1 warning; reports in target/infra/plan.json and infra.sarif')
assert lines.contains('[INFO] infra: generate: 15 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert lines.contains('[INFO] infra:   host node-a cpu    [##################--]      6.5 / 7 cores    93%')
assert lines.contains('[INFO] infra:   host node-b memory [########------------]   12.5Gi / 30Gi       42%')
assert lines.contains('[INFO] infra:   cost: 120.00 USD per month, ceiling 150.00 USD (80%)')
assert lines.contains('[INFO] BUILD SUCCESS')

assert plan.phases == [['cache', 'db', 'prometheus'], ['grafana', 'web'], ['lb']]
assert plan.placement == [cache: 'node-a', db: 'node-b', grafana: 'node-b', lb: 'node-b', prometheus: 'node-b', web: 'node-a']
assert plan.placedAutomatically == ['grafana', 'prometheus']
def prod = plan.environments.prod
assert [prod.cost.min, prod.cost.max, prod.cost.ceiling] == [120.0, 120.0, 150.0]
assert [prod.demand.cpu, prod.demand.memory, prod.demand.storage] == [9.75, 21.75 * gi, 200 * gi]
assert [prod.limits.cpu, prod.limits.memory] == [14, 60 * gi]
assert prod.replicas.web == [min: 2, max: 5]
assert prod.replicas.db == [min: 1, max: 1] && prod.replicas.lb == [min: 1, max: 1]
assert [plan.hosts['node-a'].use.prod.cpu, plan.hosts['node-a'].use.prod.memory] == [6.5, 9.25 * gi]
assert [plan.hosts['node-b'].use.prod.cpu, plan.hosts['node-b'].use.prod.memory] == [3.25, 12.5 * gi]
assert plan.violations == []

// one compose file per host, each with the services placed there
def a = new File(out, 'compose/prod/node-a.compose.yaml').text
def b = new File(out, 'compose/prod/node-b.compose.yaml').text
assert a.contains('  cache:\n') && a.contains('  lb:\n') && a.contains('  web:\n') && !a.contains('  db:\n')
assert b.contains('  db:\n') && b.contains('  grafana:\n') && b.contains('  prometheus:\n') && !b.contains('  lb:\n') && !b.contains('  web:\n')
assert new File(out, 'terraform/modules/node-a/main.tf').isFile()
assert new File(out, 'terraform/modules/node-b/main.tf').isFile()
assert new File(out, 'adr').list().sort() == ['README.md']
assert new File(out, 'docs/architecture.md').isFile()

// across hosts: db publishes 5432 on node-b, and web reaches it at node-b's address under its own name
assert b.contains('    ports: ["5432:5432"]\n')
assert a.contains('    extra_hosts: ["db=10.0.0.12"]\n') && a.contains('      DB_HOST: "10.0.0.12"\n')
// the database keeps its data in a named volume
assert b.contains('    volumes: ["db-data:/var/lib/postgresql/data"]\n') && b.contains('  db-data: {}\n')
