def lines = new File(basedir, 'build.log').readLines()
def start = lines.findIndexOf { it ==~ /\[INFO\] --- (infra-architect-maven-plugin|infra):[^ ]+:plan \(default-cli\) @ plan-shows-changes ---/ }
assert start >= 0

// the whole plan, line by line: cost is db 1 x 10 + api 1 x 10 + worker 0.5 x 10 + host 20 = 45 against 40
assert lines.subList(start + 1, start + 36) == [
        '[INFO] infra: preview: 3 services (3 container, 0 managed), 1 host, 1 environment (prod)',
        '[INFO] infra: plan for preview: 3 services, 1 host, 0 tiers, 1 environment',
        '[INFO] infra: startup order (2 phases):',
        '[INFO] infra:   phase 1: db',
        '[INFO] infra:   phase 2 (2 in parallel): api, worker',
        '[INFO] infra: critical path: db -> api (2)',
        '[INFO] infra: placement:',
        '[INFO] infra:   api     main (placed)',
        '[INFO] infra:   db      main',
        '[INFO] infra:   worker  main (placed)',
        '[INFO] infra: environment prod:',
        '[INFO] infra:   replicas: 3 in total',
        '[INFO] infra:   demand at max replicas: cpu 2.5 cores, memory 3.5Gi, vram 0, storage 0',
        '[INFO] infra:   host main cpu    [############--------]    2.5 / 4 cores   63%',
        '[INFO] infra:   host main memory [########------------]  3.5Gi / 8Gi       44%',
        '[INFO] infra:   cost: 45.00 USD per month, ceiling 40.00 USD (113%, over by 5.00 USD)',
        '[INFO] infra: findings: 1 error, 0 warnings',
        '[INFO] infra:   ERROR [cost-ceiling] src/main/infra/infra.yaml:5:3: cost exceeded in prod: 45.00 USD per month at maximum replicas,',
        '[INFO] infra:       ceiling 40.00 USD (+5.00 USD); largest: host main 20.00 USD, api 10.00 USD, db 10.00 USD, worker 5.00 USD',
        // nothing was generated yet: every file would be added
        '[INFO] infra: generate would: add 11, change 0, remove 0',
        '[INFO] infra:   + adr/README.md',
        '[INFO] infra:   + compose/prod/main.compose.yaml',
        '[INFO] infra:   + docs/architecture.md',
        '[INFO] infra:   + terraform/environments/prod/main.tf',
        '[INFO] infra:   + terraform/environments/prod/outputs.tf',
        '[INFO] infra:   + terraform/environments/prod/terraform.tf',
        '[INFO] infra:   + terraform/environments/prod/terraform.tfvars',
        '[INFO] infra:   + terraform/environments/prod/variables.tf',
        '[INFO] infra:   + terraform/modules/main/main.tf',
        '[INFO] infra:   + terraform/modules/main/outputs.tf',
        '[INFO] infra:   + terraform/modules/main/variables.tf',
        '[INFO] infra: summary: 1 error, 0 warnings',
        '[INFO] infra: plan: written to target/infra/plan.json',
        '[INFO] ------------------------------------------------------------------------',
        '[INFO] BUILD SUCCESS',
]
// plan writes nothing but plan.json
assert new File(basedir, 'target/infra').list().toList() == ['plan.json']
