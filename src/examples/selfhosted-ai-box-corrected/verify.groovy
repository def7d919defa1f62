// Expected results of README.md, checked against the real build: build.log, target/infra/plan.json and the files.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra')
def plan = new JsonSlurper().parse(new File(out, 'plan.json'))
def gi = 1024L * 1024 * 1024

['vault:49:5', 'postgres:78:5', 'minio:95:5', 'qdrant:169:5', 'neo4j:208:5'].each {
    def (service, line, column) = it.split(':')
    assert lines.contains("[WARNING] infra: src/main/infra/infra.yaml:$line:$column: service $service is stateful but has no backup; add backup: { interval: ..., retention: ... } [stateful-without-backup]".toString())
}
assert lines.contains('[INFO] infra: validate: 0 errors, 5 warnings; reports in target/infra/plan.json and infra.sarif')
assert lines.contains('[INFO] infra: generate: 12 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert lines.contains('[INFO] infra:   host acc-main        cpu    [####################]    24 / 24 cores  100%')
assert lines.contains('[INFO] infra:   host acc-main        memory [####################]  59Gi / 59Gi      100%')
assert lines.contains('[INFO] infra:   tier foundation      cpu    [####################]     8 / 8 cores   100%')
assert lines.contains('[INFO] BUILD SUCCESS')

assert plan.phases.size() == 9
assert plan.phases[0] == ['authentik', 'minio', 'postgres', 'redis', 'traefik', 'vault']
assert plan.phases[8] == ['grafana', 'loki', 'prometheus']
assert plan.placement.size() == 28 && plan.placement.values().every { it == 'acc-main' }
assert plan.placedAutomatically == []
def prod = plan.environments.prod
assert [prod.demand.cpu, prod.demand.memory, prod.demand.vram] == [24, 59 * gi, 24 * gi]
assert [prod.limits.cpu, prod.limits.memory, prod.limits.vram] == [24, 59 * gi, 24 * gi]
assert [prod.cost.min, prod.cost.max, prod.cost.ceiling] == [0.0, 0.0, null]
assert [plan.tiers.foundation.use.prod.cpu, plan.tiers.foundation.use.prod.memory] == [8, 8 * gi]
assert plan.violations*.severity == ['warning'] * 5

def compose = new File(out, 'compose/prod/acc-main.compose.yaml').text
assert compose.contains('name: "selfhosted-ai-box-corrected-prod-acc-main"')
assert compose.contains('  ollama:\n')
assert new File(out, 'terraform/modules/acc-main/main.tf').isFile()
assert new File(out, 'adr/0001-rx-7900-xtx-vram-allocation-strategy.md').readLines()[0] == '# 1. RX 7900 XTX VRAM Allocation Strategy'
assert new File(out, 'docs/architecture.md').isFile()
