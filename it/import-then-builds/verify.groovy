def log = new File(basedir, 'build.log').text
def runs = log.split(/(?=\[INFO\] Scanning for projects\.\.\.)/).findAll { it.contains('[INFO] BUILD') }*.readLines()
assert runs.size() == 2

def importRun = runs[0]
assert importRun.contains('[INFO] infra: imported 3 services and 3 variables from docker-compose.yml into src/main/infra/infra.yaml')
// the logging block, merged in from an x- extension, is named where it is written
assert importRun.any { it.startsWith('[WARNING] infra: docker-compose.yml:4:3: services.api.logging: not carried:') }
assert importRun.contains('[INFO] BUILD SUCCESS')

def descriptor = new File(basedir, 'src/main/infra/infra.yaml').text
assert descriptor.contains('image: ghcr.io/acme/api:${API_TAG:-latest}')
assert descriptor =~ /(?m)^  POSTGRES_PASSWORD:\n    secret: true$/
assert !descriptor.contains('not-a-real-one')
assert descriptor =~ /(?m)^  API_TAG:\n    default: 1\.4\.2$/
assert descriptor =~ /(?m)^  migrate:\n    kind: job$/
assert descriptor.contains('- ../../../init:/docker-entrypoint-initdb.d:ro')
assert descriptor.contains('shmSize: 256Mi')

def build = runs[1]
assert build.contains('[INFO] BUILD SUCCESS')
def compose = new File(basedir, 'target/infra/compose/prod/compose.yaml').text
assert compose.contains('${API_PORT:-8080}:8000')
assert compose.contains('service_completed_successfully')
assert !log.contains('at dev.infraarchitect')
