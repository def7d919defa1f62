// Expected results of README.md, checked against the real build: build.log, target/infra/plan.json and the files.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra')
def plan = new JsonSlurper().parse(new File(out, 'plan.json'))

assert lines.contains('[INFO] infra: generate: 17 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert lines.contains('[INFO] infra:   cost: 91.00 USD per month, ceiling 500.00 USD (18%)')
assert lines.contains('[INFO] BUILD SUCCESS')
assert lines.contains('[INFO] infra: validate: 0 errors, 0 warnings; reports in target/infra/plan.json and infra.sarif')
assert plan.violations == []

assert plan.phases == [['posthog', 'sentry', 'supabase', 'upstash'], ['vercel'], ['cloudflare']]
assert plan.placement == [:]
assert plan.managed == ['cloudflare', 'posthog', 'sentry', 'supabase', 'upstash', 'vercel']
def prod = plan.environments.prod
assert [prod.cost.min, prod.cost.max, prod.cost.ceiling] == [91.0, 91.0, 500.0]
assert [prod.demand.cpu, prod.demand.memory] == [0, 0]

// managed services only: no compose file; the aws skeleton (no hosts, no terraform section)
assert !new File(out, 'compose').exists()
assert new File(out, 'terraform/environments').list().sort() == ['prod']
assert new File(out, 'terraform/modules').list().sort() == ['compute', 'monitoring', 'networking']
assert new File(out, 'adr/0001-managed-services-first.md').readLines()[0] == '# 1. Managed services first'
assert new File(out, 'docs/architecture.md').isFile()
