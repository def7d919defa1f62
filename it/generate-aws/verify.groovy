def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/infra/terraform')
def read = { String path -> def f = new File(out, path); assert f.isFile(): "missing terraform/${path}"; f.text }

assert lines.contains('[INFO] infra: cloudy: 2 services (1 container, 1 managed), 0 hosts, 2 environments (dev, prod)')
assert lines.contains('[INFO] BUILD SUCCESS')

def backend = { String env -> """\
  backend "s3" {
    bucket = "cloudy-tfstate"
    key    = "cloudy/${env}/terraform.tfstate"
    region = "eu-central-1"
  }""".toString() }

for (env in ['dev', 'prod']) {
    for (file in ['main.tf', 'variables.tf', 'outputs.tf', 'terraform.tf', 'terraform.tfvars']) {
        read("environments/${env}/${file}")
    }
    def terraform = read("environments/${env}/terraform.tf")
    assert terraform.contains('source  = "hashicorp/aws"')
    // each environment keeps its own state in the shared bucket
    assert terraform.contains(backend(env))
    def main = read("environments/${env}/main.tf")
    assert main.contains('provider "aws" {\n  region = var.region\n')
    for (module in ['networking', 'compute', 'monitoring']) {
        assert main.contains("module \"${module}\" {\n  source = \"../../modules/${module}\"\n")
    }
    assert read("environments/${env}/terraform.tfvars").contains("environment = \"${env}\"\n")
    assert read("environments/${env}/variables.tf").contains('  default     = "eu-central-1"\n')
}
// the replica range in prod, capped to 1..1 in dev
assert read('environments/prod/terraform.tfvars').contains('api_min_count     = 2\napi_max_count     = 4\n')
assert read('environments/dev/terraform.tfvars').contains('api_min_count     = 1\napi_max_count     = 1\n')

for (module in ['networking', 'compute', 'monitoring']) {
    for (file in ['main.tf', 'variables.tf', 'outputs.tf']) {
        read("modules/${module}/${file}")
    }
}
assert read('modules/networking/main.tf').contains('resource "aws_vpc" "main" {')
assert read('modules/compute/main.tf').contains('resource "aws_ecs_service" "api" {')
assert read('modules/monitoring/main.tf').contains('resource "aws_cloudwatch_log_group" "api" {')

def shared = read('shared/backend.tf')
assert shared.contains('''\
  backend "s3" {
    bucket = "cloudy-tfstate"
    region = "eu-central-1"
  }''')
assert !shared.contains('key')

// no Docker skeleton without hosts, and the secret is an input, never a value
assert !new File(out, 'modules/docker').exists()
assert read('environments/prod/variables.tf').contains('variable "api_database_password" {')
assert !read('environments/prod/terraform.tfvars').contains('password')

// the api's execution role reads exactly its secret, its replica range scales on cpu, and the managed db, which
// nothing in the skeleton uses, asks for no input
def compute = read('modules/compute/main.tf')
assert compute.contains('resource "aws_iam_role_policy" "api_secrets" {')
assert compute.contains('Resource = [var.api_database_password]')
assert compute.contains('resource "aws_appautoscaling_policy" "api_cpu" {')
assert !read('environments/prod/variables.tf').contains('db_endpoint')
assert !new File(out, 'modules/database').exists()
