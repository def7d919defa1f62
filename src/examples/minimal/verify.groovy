// Expected results of README.md, checked against the real build: build.log, target/infra/plan.json and the files.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra')
def plan = new JsonSlurper().parse(new File(out, 'plan.json'))

assert lines.contains('[INFO] infra: generate: 12 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert lines.contains('[INFO] infra: validate: 0 errors, 0 warnings; reports in target/infra/plan.json and infra.sarif')
assert lines.contains('[INFO] infra:   cost: 121.75 USD per month, ceiling 150.00 USD (81%)')
assert lines.contains('[INFO] BUILD SUCCESS')

assert plan.phases == [['db'], ['api'], ['web']]
assert plan.placement == [api: 'app-1', web: 'app-1']
assert plan.managed == ['db']
def prod = plan.environments.prod
assert [prod.cost.min, prod.cost.max, prod.cost.ceiling] == [121.75, 121.75, 150.0]
assert [prod.demand.cpu, prod.demand.memory] == [2.5, 2.25 * 1024 * 1024 * 1024]
assert plan.violations == []

assert new File(out, 'compose/prod/app-1.compose.yaml').text.contains('  api:\n    image: "ghcr.io/acme/shop-api:1.0"\n    restart: "unless-stopped"\n    deploy:\n      replicas: 2\n')
assert new File(out, 'terraform/modules/app-1/main.tf').isFile()
assert new File(out, 'adr/0001-use-a-hosted-postgresql-plan.md').readLines()[0] == '# 1. Use a hosted PostgreSQL plan'
assert new File(out, 'docs/architecture.md').isFile()
