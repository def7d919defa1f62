def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra/kubernetes')

def expected = [
    'base/api-ingress.networkpolicy.yaml', 'base/api.deployment.yaml', 'base/api.service.yaml',
    'base/cache-ingress.networkpolicy.yaml', 'base/cache.service.yaml', 'base/cache.statefulset.yaml',
    'base/db.service.yaml', 'base/default-deny.networkpolicy.yaml', 'base/kustomization.yaml',
    'overlays/prod/api.hpa.yaml', 'overlays/prod/api.pdb.yaml', 'overlays/prod/kustomization.yaml',
    'overlays/prod/namespace.yaml']

// plan lists the Kubernetes files like any other generator's
assert lines.contains('[INFO] infra: generate would: add 13, change 0, remove 0')
expected.each { assert lines.contains('[INFO] infra:   + kubernetes/' + it) }
assert lines.contains('[INFO] infra: generate: 13 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert lines.contains('[INFO] BUILD SUCCESS')

def written = []
out.eachFileRecurse(groovy.io.FileType.FILES) { written << out.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert written.sort() == expected
assert !new File(basedir, 'target/infra/compose').exists()

def deployment = new File(out, 'base/api.deployment.yaml').text
assert deployment.contains('kind: "Deployment"')
assert deployment.contains('name: "wait-for-cache"')
assert deployment.contains('command: ["sh", "-c", "until nc -z cache 6379 >/dev/null 2>&1; do echo waiting for cache; sleep 2; done"]')
// secrets arrive as environment variables read from the service's Secret
assert deployment.contains('- name: "DATABASE_PASSWORD"')
assert deployment.contains('name: "api-secrets"')
assert !deployment.contains('/run/secrets')
assert new File(out, 'base/cache.statefulset.yaml').text.contains('storage: "1Gi"')
assert new File(out, 'base/db.service.yaml').text.contains('externalName: "db.external.invalid"')
def overlay = new File(out, 'overlays/prod/kustomization.yaml').text
assert overlay.contains('namespace: "kube-demo-prod"')
assert overlay.contains('resources: ["../../base", "namespace.yaml", "api.hpa.yaml", "api.pdb.yaml"]')
