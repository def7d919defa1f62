def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra')
def read = { String path -> def f = new File(out, path); assert f.isFile(): "missing ${path}"; f.text }

assert lines.contains('[INFO] infra: ai-lab: 4 services (4 container, 0 managed), 2 hosts, 2 environments (dev, prod)')
assert lines.contains('[INFO] infra: generate: 23 added, 0 changed, 0 removed, 0 unchanged in target/infra')
assert lines.contains('[INFO] BUILD SUCCESS')

// one compose file per environment and host
for (env in ['dev', 'prod']) {
    def green = read("compose/${env}/green.compose.yaml")
    def red = read("compose/${env}/red.compose.yaml")
    assert green.contains("name: \"ai-lab-${env}-green\"")
    assert red.contains("name: \"ai-lab-${env}-red\"")

    // nvidia: a device reservation; amd (ROCm): the kfd and dri devices and the video group
    assert green.contains('''\
        reservations:
          cpus: "4"
          memory: "16g"
          devices:
            - driver: "nvidia"
              count: "all"
              capabilities: ["gpu"]
''')
    assert !red.contains('driver: "nvidia"')
    assert red.contains('''\
    devices: ["/dev/kfd", "/dev/dri"]
    group_add: ["video"]
''')

    // depends_on: healthy for a dependency with a healthcheck, started without; one on another host is a comment
    assert red.contains('''\
    depends_on:
      ollama:
        condition: "service_started"
      postgres:
        condition: "service_healthy"
''')
    assert red.contains('  # Depends on services this file does not start; start them first: vllm (on host green).')
    assert !red.contains('      vllm:')

    // secrets by name only, read from the environment at deploy time: as a variable by default, as a file when asked
    assert red.contains('      DATABASE_PASSWORD: "${DATABASE_PASSWORD:?set DATABASE_PASSWORD to the secret DATABASE_PASSWORD of api}"\n')
    assert red.contains('    secrets: ["POSTGRES_PASSWORD"]')
    assert red.contains('      POSTGRES_PASSWORD_FILE: "/run/secrets/POSTGRES_PASSWORD"\n')
    assert red.contains('''\
secrets:
  POSTGRES_PASSWORD:
    environment: "POSTGRES_PASSWORD"
''')
    assert red.contains('      LOG_LEVEL: "info"\n')

    // vllm on the other host: published there, reached at that host's address under its own name
    assert green.contains('    ports: ["8000:8000"]')
    assert red.contains('    extra_hosts: ["vllm=10.0.0.20"]')
    assert red.contains('      VLLM_HOST: "10.0.0.20"\n      VLLM_PORT: "8000"\n')
    // data in the named volume the descriptor gives
    assert red.contains('    volumes: ["pg-data:/var/lib/postgresql/data"]')
}

// Terraform for provider docker: one module per host, one root per environment
for (env in ['dev', 'prod']) {
    for (file in ['main.tf', 'variables.tf', 'outputs.tf', 'terraform.tf', 'terraform.tfvars']) {
        read("terraform/environments/${env}/${file}")
    }
    assert read("terraform/environments/${env}/terraform.tf").contains('source  = "kreuzwerker/docker"')
    def main = read("terraform/environments/${env}/main.tf")
    assert main.contains('provider "docker" {\n  alias = "green"\n  host  = var.green_docker_host\n}')
    assert main.contains('module "red" {\n  source = "../../modules/red"')
    assert read("terraform/environments/${env}/terraform.tfvars").contains("environment = \"${env}\"")
    def variables = read("terraform/environments/${env}/variables.tf")
    assert variables.contains('''\
variable "api_database_password" {
  type        = string
  description = "Secret DATABASE_PASSWORD of service api"
  sensitive   = true
}''')
    assert !read("terraform/environments/${env}/terraform.tfvars").contains('password')
}
for (host in ['green', 'red']) {
    for (file in ['main.tf', 'variables.tf', 'outputs.tf']) {
        read("terraform/modules/${host}/${file}")
    }
}
assert read('terraform/modules/green/main.tf').contains('resource "docker_container" "vllm" {')
def redModule = read('terraform/modules/red/main.tf')
assert redModule.contains('"DATABASE_PASSWORD=${var.api_database_password}",')
assert redModule.contains('"POSTGRES_PASSWORD_FILE=/run/secrets/POSTGRES_PASSWORD",')
assert redModule.contains('  upload {\n    file    = "/run/secrets/POSTGRES_PASSWORD"\n    content = var.postgres_postgres_password\n  }')
assert redModule.contains('  devices {\n    host_path      = "/dev/kfd"\n    container_path = "/dev/kfd"\n  }')
assert !redModule.contains('gpus')
assert redModule.contains('    aliases = ["postgres"]')
assert read('terraform/modules/green/main.tf').contains('  gpus    = "all"')

// decisions and docs
def adr = read('adr/0001-run-inference-on-our-own-gpus.md')
assert adr.startsWith('# 1. Run inference on our own GPUs\n')
assert adr.contains('## Status\n\nAccepted\n')
assert adr.contains('vLLM on the nvidia host, Ollama on the amd host.')
assert read('adr/README.md').contains('| 1 | [Run inference on our own GPUs](0001-run-inference-on-our-own-gpus.md) | Accepted | 2026-01-08 |')
def docs = read('docs/architecture.md')
assert docs.contains('```mermaid\nflowchart LR\n')
assert docs.contains('  s_api["api"]')

def all = []
out.eachFileRecurse(groovy.io.FileType.FILES) { all << out.toPath().relativize(it.toPath()).toString().replace(File.separatorChar, '/' as char) }
assert all.size() == 24 // 23 generated files and the manifest
