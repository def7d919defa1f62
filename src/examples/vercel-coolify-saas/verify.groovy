// Expected results of README.md, checked against the real build: build.log, target/infra/plan.json and the files.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra')
def plan = new JsonSlurper().parse(new File(out, 'plan.json'))

assert lines.contains('[INFO] infra: validate: 0 errors, 0 warnings; reports in target/infra/plan.json and infra.sarif')
assert lines.contains('[INFO] infra: generate: 12 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert lines.contains('[INFO] infra:   phase 1 (4 in parallel): backups, qdrant, redis, supabase-db')
assert lines.contains('[INFO] infra:   host coolify cpu    [############--------]     4.5 / 7 cores   64%')
assert lines.contains('[INFO] infra:   cost: 110.00 USD per month, ceiling 110.00 USD (100%)')
assert lines.contains('[INFO] infra: generate would: change nothing')
assert lines.contains('[INFO] BUILD SUCCESS')

assert plan.phases == [['backups', 'qdrant', 'redis', 'supabase-db'],
                       ['supabase-auth', 'supabase-realtime', 'supabase-storage'],
                       ['supabase-kong'], ['vercel']]
def containers = ['qdrant', 'redis', 'supabase-auth', 'supabase-db', 'supabase-kong', 'supabase-realtime', 'supabase-storage']
assert plan.placement == containers.collectEntries { [(it): 'coolify'] }
assert plan.placedAutomatically == containers
assert plan.managed == ['backups', 'vercel']
assert plan.environments.keySet() as List == ['prod']
def prod = plan.environments.prod
assert [prod.cost.min, prod.cost.max, prod.cost.ceiling] == [110.0, 110.0, 110.0]
assert prod.demand.cpu == 4.5
assert prod.demand.memory == 12.5 * 1024 * 1024 * 1024
assert prod.demand.storage == 270_000_000_000
assert prod.replicas['supabase-db'] == [min: 1, max: 1]
assert plan.hosts.coolify.capacity.cpu == 7
assert plan.hosts.coolify.capacity.memory == 30L * 1024 * 1024 * 1024
assert plan.violations == []

def compose = new File(out, 'compose/prod/coolify.compose.yaml').text
assert compose.contains('name: "vercel-coolify-saas-prod-coolify"')
assert compose.contains('  supabase-db:\n    image: "supabase/postgres:15.8.1.060"\n    deploy:\n      replicas: 1\n')
assert compose.contains('    volumes: ["supabase-db-data:/var/lib/postgresql/data"]\n')
assert compose.contains('    volumes: ["supabase-storage-data:/var/lib/storage"]\n')
assert !compose.contains('vercel:') && !compose.contains('backups:')
assert new File(out, 'terraform/modules/coolify/main.tf').isFile()
assert new File(out, 'terraform/environments/prod/main.tf').isFile()
assert new File(out, 'adr/0001-database-architecture.md').readLines()[0] == '# 1. Database Architecture'
assert new File(out, 'docs/architecture.md').isFile()
