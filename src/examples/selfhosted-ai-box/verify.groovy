// Expected results of README.md, checked against the real build: the plan reports, then validate fails the build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def out = new File(basedir, 'target/infra')
def plan = new JsonSlurper().parse(new File(out, 'plan.json'))
def gi = 1024L * 1024 * 1024

// the plan goal reports without failing
assert lines.contains('[INFO] infra:   phase 8: (none)')
assert lines.contains('[INFO] infra:   phase 9 (3 in parallel): grafana, loki, prometheus')
assert lines.contains('[INFO] infra:   demand at max replicas: cpu 26 cores, memory 59.25Gi, vram 24Gi, storage 0')
assert lines.contains('[INFO] infra:   tier foundation      memory [!!!!!!!!!!!!!!!!!!!!]   8.25Gi / 8Gi       103%  over by 256Mi')
assert lines.contains('[INFO] infra:   host acc-main        vram   [####################]     24Gi / 24Gi      100%')
assert lines.contains('[INFO] infra: summary: 5 errors, 5 warnings')

// validate fails with exactly these violations
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }
assert failure >= 0
assert lines[failure].endsWith(':validate (validate-infra) on project selfhosted-ai-box: 5 violations in src/main/infra/infra.yaml:')
assert lines.subList(failure + 1, failure + 7) == [
    '[ERROR] src/main/infra/infra.yaml:12:3: host acc-main cpu exceeded: 26 placed, capacity 24 (+2); placed: ollama 6, vllm 6, postgres 4, minio 1.5, authentik 1 and 10 more',
    '[ERROR] src/main/infra/infra.yaml:12:3: host acc-main memory exceeded: 59.25Gi placed, capacity 59Gi (+256Mi); placed: ollama 16Gi, vllm 8Gi, neo4j 4Gi, postgres 4Gi, qdrant 4Gi and 16 more',
    '[ERROR] src/main/infra/infra.yaml:20:3: tier foundation memory exceeded in prod: 8.25Gi requested, limit 8Gi (+256Mi); largest: postgres 4Gi, redis 2Gi, authentik 1Gi, minio 512Mi, vault 512Mi and 1 more',
    '[ERROR] src/main/infra/infra.yaml:35:3: budget cpu exceeded in prod: 26 requested, ceiling 24 (+2); largest: ollama 6, vllm 6, postgres 4, minio 1.5, authentik 1 and 10 more',
    '[ERROR] src/main/infra/infra.yaml:36:3: budget memory exceeded in prod: 59.25Gi requested, ceiling 59Gi (+256Mi); largest: ollama 16Gi, vllm 8Gi, neo4j 4Gi, postgres 4Gi, qdrant 4Gi and 16 more',
    '[ERROR] Fix the descriptor, or report without failing with -Dinfra.failOnViolation=false']
assert lines.contains('[INFO] infra: validate: 5 errors, 5 warnings; reports in target/infra/plan.json and infra.sarif')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')

// plan.json as validate wrote it
assert plan.phases.size() == 9
assert plan.phases[0] == ['authentik', 'minio', 'postgres', 'redis', 'traefik', 'vault']
assert plan.phases[6] == [] && plan.phases[7] == []
assert plan.placement.size() == 28 && plan.placement.values().every { it == 'acc-main' }
assert plan.placedAutomatically == []
def prod = plan.environments.prod
assert [prod.demand.cpu, prod.demand.memory, prod.demand.vram] == [26, 59.25 * gi, 24 * gi]
assert [prod.cost.min, prod.cost.max, prod.cost.ceiling] == [0.0, 0.0, null]
assert plan.tiers.foundation.use.prod.memory == 8.25 * gi
assert plan.violations.findAll { it.severity == 'error' }*.rule == ['host-capacity', 'host-capacity', 'tier-capacity', 'budget', 'budget']
assert plan.violations.findAll { it.severity == 'warning' }*.services.flatten() == ['vault', 'postgres', 'minio', 'qdrant', 'neo4j']

// validate runs before generate: nothing was generated
assert !new File(out, 'compose').exists()
assert !new File(out, 'terraform').exists()
