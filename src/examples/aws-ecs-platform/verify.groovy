// Expected results of README.md, checked against the real build: build.log, target/infra/plan.json and the files.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra')
def plan = new JsonSlurper().parse(new File(out, 'plan.json'))
def gi = 1024L * 1024 * 1024

assert lines.contains('[WARNING] infra: src/main/infra/infra.yaml:92:15: service postgres is backed up every 1d, longer than objectives.rpo 1h; back up more often or use pointInTime: true [backup-exceeds-rpo]')
assert lines.contains('[INFO] infra: validate: 0 errors, 1 warning; reports in target/infra/plan.json and infra.sarif')
assert lines.contains('[INFO] infra: generate: 30 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert lines.contains('[INFO] infra:   cost: 367.09 USD per month, ceiling 500.00 USD (73%)')
assert lines.contains('[INFO] infra:   cost: 558.36 .. 567.37 USD per month, ceiling 1000.00 USD (57%)')
assert lines.contains('[INFO] infra:   cost: 558.36 .. 774.54 USD per month, ceiling 5000.00 USD (15%)')
assert lines.contains('[INFO] BUILD SUCCESS')

assert plan.phases == [['postgres', 'redis'], ['api', 'worker'], ['web'], ['alb']]
assert plan.placement == [:]
assert plan.managed == ['alb', 'postgres', 'redis']
def env = plan.environments
assert env.keySet() as List == ['dev', 'prod', 'staging']
assert [env.dev.cost.min, env.dev.cost.max, env.dev.cost.ceiling] == [367.09, 367.09, 500.0]
assert [env.staging.cost.min, env.staging.cost.max, env.staging.cost.ceiling] == [558.36, 567.37, 1000.0]
assert [env.prod.cost.min, env.prod.cost.max, env.prod.cost.ceiling] == [558.36, 774.54, 5000.0]
assert [env.dev.demand.cpu, env.dev.demand.memory] == [1, 2 * gi]
assert [env.staging.demand.cpu, env.staging.demand.memory] == [2, 4 * gi]
assert [env.prod.demand.cpu, env.prod.demand.memory] == [7.75, 15.5 * gi]
assert env.dev.replicas.api == [min: 1, max: 1]
assert env.staging.replicas.worker == [min: 1, max: 2]
assert env.prod.replicas.api == [min: 2, max: 10]
assert env.prod.replicas.postgres == [min: 2, max: 2]
assert plan.violations*.rule == ['backup-exceeds-rpo']
assert plan.violations[0].services == ['postgres']

// the source's layout: environments/{dev,staging,prod}, modules/{compute,networking,monitoring} (managed services ask for no input), shared/backend.tf
def tf = new File(out, 'terraform')
assert tf.list().sort() == ['environments', 'modules', 'shared']
assert new File(tf, 'environments').list().sort() == ['dev', 'prod', 'staging']
assert new File(tf, 'modules').list().sort() == ['compute', 'monitoring', 'networking']
for (e in ['dev', 'staging', 'prod']) {
    assert new File(tf, "environments/$e").list().sort() ==
            ['main.tf', 'outputs.tf', 'terraform.tf', 'terraform.tfvars', 'variables.tf']
    assert new File(tf, "environments/$e/terraform.tf").text.contains("    key     = \"aws-ecs-platform/$e/terraform.tfstate\"\n")
}
def backend = new File(tf, 'shared/backend.tf').text
assert backend.contains('  backend "s3" {\n    bucket  = "aws-ecs-platform-tfstate"\n    encrypt = true\n')
assert new File(tf, 'environments/prod/main.tf').text.contains('module "compute" {\n  source = "../../modules/compute"\n')
assert new File(tf, 'modules/compute/main.tf').text.contains('resource "aws_ecs_service" "api" {')

// one compose file per environment (no hosts), containers only
[dev: 1, staging: 2, prod: 10].each { e, apiReplicas ->
    def compose = new File(out, "compose/$e/compose.yaml").text
    assert compose.contains("name: \"aws-ecs-platform-$e\"\n")
    assert compose.contains("  api:\n    image: \"aws-ecs-platform/api:1.0.0\"\n    restart: \"unless-stopped\"\n    deploy:\n      replicas: $apiReplicas\n")
    assert compose.contains('  web:\n') && compose.contains('  worker:\n')
    assert !compose.contains('  postgres:\n')
}
assert new File(out, 'adr/README.md').isFile()
assert new File(out, 'docs/architecture.md').isFile()
