import groovy.json.JsonSlurper

// Every number below is worked out by hand from the descriptor and docs/descriptor-spec semantics.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] infra: shop: 5 services (4 container, 1 managed), 2 hosts, 2 environments (dev, prod)')
assert lines.contains('[INFO] infra: validate: 0 errors, 0 warnings; reports in target/infra/plan.json and infra.sarif')
assert lines.contains('[INFO] BUILD SUCCESS')

def text = new File(basedir, 'target/infra/plan.json').text
def plan = new JsonSlurper().parseText(text)
def GiB = 1024L * 1024 * 1024
def gib = { BigDecimal n -> (n * GiB).longValueExact() }

assert plan.summary == [services: 5, containers: 4, managed: 1, hosts: 2, tiers: 2, environments: 2, phases: 3,
                        errors: 0, warnings: 0]

// phase 1: no dependencies (search is managed); api needs postgres; web needs api and redis
assert plan.phases == [['postgres', 'redis', 'search'], ['api'], ['web']]
assert plan.criticalPath == ['postgres', 'api', 'web']

// postgres and web are pinned to alpha (2.5 cores, 8.5Gi used of 8 cores, 30Gi after the reserve). The rest is
// placed at prod demand, largest dominant share first over 12 cores / 46Gi in total: api 4/12, then redis 0.5/12.
// api: alpha leaves (1.5/8 + 13.5/30)/2 = 0.319, beta (0/4 + 8/16)/2 = 0.25 -> alpha.
// redis: alpha (1/8 + 12.5/30)/2 = 0.271, beta (3.5/4 + 15/16)/2 = 0.906 -> beta.
assert plan.placement == [api: 'alpha', postgres: 'alpha', redis: 'beta', web: 'alpha']
assert plan.placedAutomatically == ['api', 'redis']
assert plan.managed == ['search']

// cost: postgres 2x10 + 8x2 + 50x0.1 = 41, redis 5 + 2 = 7, api 10 + 4 = 14 per replica, web 5 + 1 = 6,
// search 30, hosts 40 + 25 = 65. prod: api 2..4 -> 177.00 .. 205.00; dev caps api at 1 -> 163.00.
def prod = plan.environments.prod
def dev = plan.environments.dev
assert prod.cost.min == 177.00 && prod.cost.max == 205.00 && prod.cost.ceiling == 400.00
assert dev.cost.min == 163.00 && dev.cost.max == 163.00 && dev.cost.ceiling == 200.00
assert text.contains('"min": 177.00,') // rounded to cents, not 177 or 177.0

// demand at max replicas: cpu 2 + 0.5 + 4x1 + 0.5, memory 8 + 1 + 4x2 + 0.5 Gi, storage 50Gi (postgres)
assert prod.demand == [cpu: 7, memory: gib(17.5), vram: 0, storage: 50 * GiB]
assert dev.demand == [cpu: 4, memory: gib(11.5), vram: 0, storage: 50 * GiB]
// top-level budgets apply to both environments
assert prod.limits == [cpu: 16, memory: 32 * GiB, vram: null, storage: null]
assert dev.limits == prod.limits
assert prod.replicas.api == [min: 2, max: 4]
assert dev.replicas.api == [min: 1, max: 1]
assert prod.replicas.web == [min: 1, max: 1]

// hosts: capacity is resources minus reserve; use per environment
assert plan.hosts.alpha.capacity == [cpu: 8, memory: 30 * GiB, vram: 0, storage: null]
assert plan.hosts.alpha.use.prod == [cpu: 6.5, memory: gib(16.5), vram: 0, storage: null]
assert plan.hosts.alpha.use.dev == [cpu: 3.5, memory: gib(10.5), vram: 0, storage: null]
assert plan.hosts.beta.capacity == [cpu: 4, memory: 16 * GiB, vram: 0, storage: null]
assert plan.hosts.beta.use.prod == [cpu: 0.5, memory: 1 * GiB, vram: 0, storage: null]
assert plan.hosts.beta.use.dev == plan.hosts.beta.use.prod

// tiers: app = api + web, data = postgres + redis
assert plan.tiers.app.limits == [cpu: 6, memory: 12 * GiB, vram: null, storage: null]
assert plan.tiers.app.use.prod == [cpu: 4.5, memory: gib(8.5), vram: 0, storage: 0]
assert plan.tiers.app.use.dev == [cpu: 1.5, memory: gib(2.5), vram: 0, storage: 0]
assert plan.tiers.data.use.prod == [cpu: 2.5, memory: 9 * GiB, vram: 0, storage: 50 * GiB]
assert plan.tiers.data.use.dev == plan.tiers.data.use.prod

assert plan.violations == []
