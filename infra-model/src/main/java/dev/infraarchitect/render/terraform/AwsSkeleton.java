package dev.infraarchitect.render.terraform;

import static dev.infraarchitect.render.terraform.HclExpression.bool;
import static dev.infraarchitect.render.terraform.HclExpression.number;
import static dev.infraarchitect.render.terraform.HclExpression.raw;
import static dev.infraarchitect.render.terraform.HclExpression.string;
import static dev.infraarchitect.render.terraform.HclExpression.template;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.ContainerSettings;
import dev.infraarchitect.model.Healthcheck;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The AWS skeleton: a VPC with one security group per container service that admits only its dependents, ECS
 * Fargate tasks and services (with an autoscaling target where replicas are a range), a CloudWatch log group per
 * service, and the managed services as documented endpoint inputs.
 */
final class AwsSkeleton extends Skeleton {

    static final String DEFAULT_REGION = "us-east-1";
    private static final long FARGATE_MIN_CPU = 256;
    private static final long FARGATE_MIN_MEMORY = 512;
    private static final int SUBNETS = 2;

    /** Container services by the name of each service they depend on, sorted by name; built once. */
    private final Map<String, List<Service>> dependents = new TreeMap<>();

    AwsSkeleton(Analysis analysis) {
        super(analysis);
        for (Service service : containers()) {
            for (String dependency : new TreeSet<>(service.dependsOn())) {
                dependents.computeIfAbsent(dependency, d -> new ArrayList<>()).add(service);
            }
        }
    }

    @Override
    String provider() {
        return "aws";
    }

    @Override
    String providerSource() {
        return "hashicorp/aws";
    }

    @Override
    String providerVersion() {
        return "~> 6.0";
    }

    /** Up to four modules (networking, compute, monitoring, database) whatever the system's size. */
    @Override
    SortedMap<String, HclFile> modules() {
        SortedMap<String, HclFile> files = new TreeMap<>();
        files.put("networking/main.tf", networkingMain());
        files.put("networking/variables.tf", Variable.file(networkingVariables()));
        files.put("networking/outputs.tf", Output.file(networkingOutputs()));
        files.put("compute/main.tf", computeMain());
        files.put("compute/variables.tf", Variable.file(computeVariables()));
        files.put("compute/outputs.tf", Output.file(computeOutputs()));
        files.put("monitoring/main.tf", monitoringMain());
        files.put("monitoring/variables.tf", Variable.file(monitoringVariables()));
        files.put("monitoring/outputs.tf", Output.file(monitoringOutputs()));
        if (!managed().isEmpty()) {
            files.put("database/main.tf", new HclFile(List.of(
                    "Managed services are hosted products that Terraform does not create here: their endpoints",
                    "are inputs, passed on as outputs for the other modules."), new HclBody()));
            files.put("database/variables.tf", Variable.file(managedEndpointVariables()));
            files.put("database/outputs.tf", Output.file(managed().stream().map(s -> new Output(
                    Names.id(s.name()) + "_endpoint", "Endpoint of the managed service " + s.name(),
                    raw("var." + Names.id(s.name()) + "_endpoint"))).toList()));
        }
        return files;
    }

    // ---- networking

    private List<Variable> networkingVariables() {
        List<Variable> variables = moduleBasics();
        variables.add(Variable.withDefault("vpc_cidr", "string", "CIDR block of the VPC", string("10.0.0.0/16")));
        return variables;
    }

    private HclFile networkingMain() {
        HclBody file = new HclBody();
        file.block("data", "aws_availability_zones", "available").attribute("state", "available");

        HclBody vpc = file.block("resource", "aws_vpc", "main");
        vpc.attribute("cidr_block", raw("var.vpc_cidr"));
        vpc.attribute("enable_dns_hostnames", bool(true));
        vpc.attribute("enable_dns_support", bool(true));
        vpc.blank();
        vpc.attribute("tags", nameTag("${var.project}-${var.environment}"));

        HclBody igw = file.block("resource", "aws_internet_gateway", "main");
        igw.attribute("vpc_id", raw("aws_vpc.main.id"));
        igw.blank();
        igw.attribute("tags", nameTag("${var.project}-${var.environment}"));

        subnet(file, "public", "count.index", true);
        subnet(file, "private", "count.index + " + 10, false);

        HclBody eip = file.block("resource", "aws_eip", "nat");
        eip.attribute("domain", "vpc");
        eip.blank();
        eip.attribute("tags", nameTag("${var.project}-${var.environment}-nat"));

        HclBody nat = file.block("resource", "aws_nat_gateway", "main");
        nat.attribute("allocation_id", raw("aws_eip.nat.id"));
        nat.attribute("subnet_id", raw("aws_subnet.public[0].id"));
        nat.blank();
        nat.attribute("tags", nameTag("${var.project}-${var.environment}"));
        nat.blank();
        nat.attribute("depends_on", HclExpression.list(List.of(raw("aws_internet_gateway.main"))));

        routeTable(file, "public", "gateway_id", "aws_internet_gateway.main.id");
        routeTable(file, "private", "nat_gateway_id", "aws_nat_gateway.main.id");

        for (Service service : containers()) {
            String id = Names.id(service.name());
            HclBody group = file.block("resource", "aws_security_group", id);
            group.attribute("name", template("${var.project}-${var.environment}-" + service.name()));
            group.attribute("description", "Service " + service.name() + ": reachable only from its dependents");
            group.attribute("vpc_id", raw("aws_vpc.main.id"));
            group.blank();
            group.attribute("tags", nameTag("${var.project}-${var.environment}-" + service.name()));

            HclBody egress = file.block("resource", "aws_vpc_security_group_egress_rule", id + "_all");
            egress.attribute("security_group_id", raw("aws_security_group." + id + ".id"));
            egress.attribute("description", "All outbound traffic");
            egress.attribute("ip_protocol", "-1");
            egress.attribute("cidr_ipv4", "0.0.0.0/0");

            for (Service dependent : dependents(service)) {
                ingress(file, service, dependent);
            }
        }
        return new HclFile(file);
    }

    private void subnet(HclBody file, String kind, String netnum, boolean publicIp) {
        HclBody subnet = file.block("resource", "aws_subnet", kind);
        subnet.attribute("count", number(SUBNETS));
        subnet.blank();
        subnet.attribute("vpc_id", raw("aws_vpc.main.id"));
        subnet.attribute("cidr_block", raw("cidrsubnet(var.vpc_cidr, 8, " + netnum + ")"));
        subnet.attribute("availability_zone", raw("data.aws_availability_zones.available.names[count.index]"));
        subnet.attribute("map_public_ip_on_launch", bool(publicIp));
        subnet.blank();
        subnet.attribute("tags", nameTag("${var.project}-${var.environment}-" + kind + "-${count.index + 1}"));
    }

    private static void routeTable(HclBody file, String kind, String target, String reference) {
        HclBody table = file.block("resource", "aws_route_table", kind);
        table.attribute("vpc_id", raw("aws_vpc.main.id"));
        table.blank();
        table.attribute("tags", nameTag("${var.project}-${var.environment}-" + kind));
        HclBody route = table.block("route");
        route.attribute("cidr_block", "0.0.0.0/0");
        route.attribute(target, raw(reference));

        HclBody association = file.block("resource", "aws_route_table_association", kind);
        association.attribute("count", number(SUBNETS));
        association.blank();
        association.attribute("subnet_id", raw("aws_subnet." + kind + "[count.index].id"));
        association.attribute("route_table_id", raw("aws_route_table." + kind + ".id"));
    }

    /** One rule per dependent (and per port when the service has several), referencing the dependent's group. */
    private static void ingress(HclBody file, Service service, Service dependent) {
        String id = Names.id(service.name());
        String from = Names.id(dependent.name());
        TreeSet<String> ports = new TreeSet<>();
        Map<String, Port> byKey = new TreeMap<>();
        for (Port port : service.ports()) {
            String key = port.containerPort() + "_" + port.protocol();
            ports.add(key);
            byKey.put(key, port);
        }
        if (ports.isEmpty()) {
            HclBody rule = ingressRule(file, id + "_from_" + from, service, dependent);
            rule.attribute("ip_protocol", "-1");
            return;
        }
        for (Port port : byKey.values()) {
            String name = id + "_from_" + from + (byKey.size() == 1 ? "" : "_" + port.containerPort()
                    + ("tcp".equals(port.protocol()) ? "" : "_" + port.protocol()));
            HclBody rule = ingressRule(file, name, service, dependent);
            rule.attribute("ip_protocol", port.protocol());
            rule.attribute("from_port", number(port.containerPort()));
            rule.attribute("to_port", number(port.containerPort()));
        }
    }

    private static HclBody ingressRule(HclBody file, String name, Service service, Service dependent) {
        HclBody rule = file.block("resource", "aws_vpc_security_group_ingress_rule", name);
        rule.attribute("security_group_id", raw("aws_security_group." + Names.id(service.name()) + ".id"));
        rule.attribute("referenced_security_group_id", raw("aws_security_group." + Names.id(dependent.name()) + ".id"));
        rule.attribute("description", dependent.name() + " depends on " + service.name());
        return rule;
    }

    /** Container services that name {@code service} in their dependsOn, sorted by name. */
    private List<Service> dependents(Service service) {
        return dependents.getOrDefault(service.name(), List.of());
    }

    private List<Output> networkingOutputs() {
        Map<String, HclExpression> groups = new LinkedHashMap<>();
        for (Service service : containers()) {
            groups.put(service.name(), raw("aws_security_group." + Names.id(service.name()) + ".id"));
        }
        return List.of(
                new Output("vpc_id", "ID of the VPC", raw("aws_vpc.main.id")),
                new Output("public_subnet_ids", "IDs of the public subnets", raw("aws_subnet.public[*].id")),
                new Output("private_subnet_ids", "IDs of the private subnets, where the services run",
                        raw("aws_subnet.private[*].id")),
                new Output("security_group_ids", "Security group ID of each container service, by service name",
                        HclExpression.object(groups)));
    }

    // ---- monitoring

    private List<Variable> monitoringVariables() {
        List<Variable> variables = moduleBasics();
        variables.add(Variable.withDefault("log_retention_days", "number", "Days to keep the services' logs",
                number(30)));
        return variables;
    }

    private HclFile monitoringMain() {
        HclBody file = new HclBody();
        for (Service service : containers()) {
            HclBody group = file.block("resource", "aws_cloudwatch_log_group", Names.id(service.name()));
            group.attribute("name", template("/ecs/${var.project}-${var.environment}/" + service.name()));
            group.attribute("retention_in_days", raw("var.log_retention_days"));
        }
        return new HclFile(file);
    }

    private List<Output> monitoringOutputs() {
        Map<String, HclExpression> names = new LinkedHashMap<>();
        for (Service service : containers()) {
            names.put(service.name(), raw("aws_cloudwatch_log_group." + Names.id(service.name()) + ".name"));
        }
        return List.of(new Output("log_group_names", "CloudWatch log group of each container service, by service name",
                HclExpression.object(names)));
    }

    // ---- compute

    private List<Variable> countVariables() {
        List<Variable> variables = new ArrayList<>();
        for (Service service : containers()) {
            String id = Names.id(service.name());
            variables.add(Variable.of(id + "_desired_count", "number", "Number of " + service.name() + " tasks to run"));
            if (service.replicas().isRange()) {
                variables.add(Variable.of(id + "_min_count", "number",
                        "Fewest " + service.name() + " tasks autoscaling may run"));
                variables.add(Variable.of(id + "_max_count", "number",
                        "Most " + service.name() + " tasks autoscaling may run"));
            }
        }
        return variables;
    }

    private List<SensitiveInput> sensitiveInputs() {
        return containers().stream().flatMap(s -> SensitiveInput.of(s).stream()).toList();
    }

    private List<Variable> secretVariables() {
        return sensitiveVariables(sensitiveInputs(),
                ": ARN of the Secrets Manager secret or SSM parameter that holds it");
    }

    private List<Variable> computeVariables() {
        List<Variable> variables = moduleBasics();
        variables.add(Variable.of("region", "string", "AWS region, for the log configuration"));
        variables.add(Variable.of("private_subnet_ids", "list(string)", "Subnets the tasks run in"));
        variables.add(Variable.of("security_group_ids", "map(string)", "Security group of each service, by name"));
        variables.add(Variable.of("log_group_names", "map(string)", "CloudWatch log group of each service, by name"));
        variables.addAll(countVariables());
        variables.addAll(secretVariables());
        return variables;
    }

    private HclFile computeMain() {
        HclBody file = new HclBody();
        HclBody cluster = file.block("resource", "aws_ecs_cluster", "main");
        cluster.attribute("name", template("${var.project}-${var.environment}"));
        HclBody setting = cluster.block("setting");
        setting.attribute("name", "containerInsights");
        setting.attribute("value", "enabled");

        HclBody role = file.block("resource", "aws_iam_role", "task_execution");
        role.attribute("name", template("${var.project}-${var.environment}-task-execution"));
        role.attribute("assume_role_policy", HclExpression.call("jsonencode", HclExpression.pairs(
                "Version", string("2012-10-17"),
                "Statement", HclExpression.list(List.of(HclExpression.pairs(
                        "Effect", string("Allow"),
                        "Principal", HclExpression.pairs("Service", string("ecs-tasks.amazonaws.com")),
                        "Action", string("sts:AssumeRole")))))));

        HclBody attachment = file.block("resource", "aws_iam_role_policy_attachment", "task_execution");
        attachment.attribute("role", raw("aws_iam_role.task_execution.name"));
        attachment.attribute("policy_arn",
                "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");

        for (Service service : containers()) {
            taskDefinition(file, service);
            ecsService(file, service);
            if (service.replicas().isRange()) {
                String id = Names.id(service.name());
                HclBody target = file.block("resource", "aws_appautoscaling_target", id);
                target.attribute("service_namespace", "ecs");
                target.attribute("resource_id",
                        template("service/${aws_ecs_cluster.main.name}/${aws_ecs_service." + id + ".name}"));
                target.attribute("scalable_dimension", "ecs:service:DesiredCount");
                target.attribute("min_capacity", raw("var." + id + "_min_count"));
                target.attribute("max_capacity", raw("var." + id + "_max_count"));
            }
        }
        return new HclFile(file);
    }

    private void taskDefinition(HclBody file, Service service) {
        String id = Names.id(service.name());
        HclBody task = file.block("resource", "aws_ecs_task_definition", id);
        task.attribute("family", template("${var.project}-${var.environment}-" + service.name()));
        task.attribute("requires_compatibilities", HclExpression.strings(List.of("FARGATE")));
        task.attribute("network_mode", "awsvpc");
        long cpu = Names.cpuUnits(service.resources().cpu());
        long memory = Names.mebibytes(service.resources().memory());
        if (cpu == 0 || memory == 0) {
            task.comment("cpu or memory not set in the descriptor: the Fargate minimum is used");
        }
        task.attribute("cpu", number(cpu == 0 ? FARGATE_MIN_CPU : cpu));
        task.attribute("memory", number(memory == 0 ? FARGATE_MIN_MEMORY : memory));
        task.attribute("execution_role_arn", raw("aws_iam_role.task_execution.arn"));
        task.blank();
        task.attribute("container_definitions", HclExpression.call("jsonencode",
                HclExpression.list(List.of(containerDefinition(service)))));
    }

    private HclExpression containerDefinition(Service service) {
        Map<String, HclExpression> c = new LinkedHashMap<>();
        c.put("name", string(service.name()));
        c.put("image", string(service.image() == null ? "" : service.image()));
        c.put("essential", bool(true));
        ContainerSettings run = service.container();
        if (run.entrypoint() != null) {
            c.put("entryPoint", HclExpression.strings(run.entrypoint().arguments()));
        }
        if (run.command() != null) {
            c.put("command", HclExpression.strings(run.command().arguments()));
        }
        if (run.workingDir() != null) {
            c.put("workingDirectory", string(run.workingDir()));
        }
        if (run.user() != null) {
            c.put("user", string(run.user()));
        }
        if (!service.ports().isEmpty()) {
            List<HclExpression> mappings = new ArrayList<>();
            for (Port port : service.ports()) {
                mappings.add(HclExpression.pairs("containerPort", number(port.containerPort()), "protocol", string(port.protocol())));
            }
            c.put("portMappings", HclExpression.list(mappings));
        }
        SortedMap<String, String> plain = SensitiveInput.plainEnvironment(service);
        if (!plain.isEmpty()) {
            List<HclExpression> environment = new ArrayList<>();
            plain.forEach((k, v) -> environment.add(HclExpression.pairs("name", string(k), "value", string(v))));
            c.put("environment", HclExpression.list(environment));
        }
        List<SensitiveInput> secrets = SensitiveInput.of(service);
        if (!secrets.isEmpty()) {
            List<HclExpression> list = new ArrayList<>();
            for (SensitiveInput s : secrets) {
                list.add(HclExpression.pairs("name", string(s.key()), "valueFrom", raw("var." + s.variable())));
            }
            c.put("secrets", HclExpression.list(list));
        }
        Healthcheck health = service.healthcheck();
        if (health != null) {
            Map<String, HclExpression> h = new LinkedHashMap<>();
            h.put("command", HclExpression.strings(health.command()));
            if (health.interval() != null) {
                h.put("interval", number(health.interval().getSeconds()));
            }
            if (health.timeout() != null) {
                h.put("timeout", number(health.timeout().getSeconds()));
            }
            if (health.retries() != null) {
                h.put("retries", number(health.retries()));
            }
            if (health.startPeriod() != null) {
                h.put("startPeriod", number(health.startPeriod().getSeconds()));
            }
            c.put("healthCheck", HclExpression.object(h));
        }
        c.put("logConfiguration", HclExpression.pairs(
                "logDriver", string("awslogs"),
                "options", HclExpression.pairs(
                        "awslogs-group", raw("var.log_group_names[\"" + service.name() + "\"]"),
                        "awslogs-region", raw("var.region"),
                        "awslogs-stream-prefix", string(service.name()))));
        return HclExpression.object(c);
    }

    private static void ecsService(HclBody file, Service service) {
        String id = Names.id(service.name());
        HclBody ecs = file.block("resource", "aws_ecs_service", id);
        ecs.attribute("name", service.name());
        ecs.attribute("cluster", raw("aws_ecs_cluster.main.id"));
        ecs.attribute("task_definition", raw("aws_ecs_task_definition." + id + ".arn"));
        ecs.attribute("desired_count", raw("var." + id + "_desired_count"));
        ecs.attribute("launch_type", "FARGATE");
        HclBody network = ecs.block("network_configuration");
        network.attribute("subnets", raw("var.private_subnet_ids"));
        network.attribute("security_groups",
                HclExpression.list(List.of(raw("var.security_group_ids[\"" + service.name() + "\"]"))));
        network.attribute("assign_public_ip", bool(false));
        if (service.replicas().isRange()) {
            ecs.commentedBlock(List.of("Autoscaling moves the count between min and max."), "lifecycle")
                    .attribute("ignore_changes", HclExpression.list(List.of(raw("desired_count"))));
        }
    }

    private List<Output> computeOutputs() {
        Map<String, HclExpression> services = new LinkedHashMap<>();
        for (Service service : containers()) {
            services.put(service.name(), raw("aws_ecs_service." + Names.id(service.name()) + ".name"));
        }
        return List.of(
                new Output("cluster_name", "Name of the ECS cluster", raw("aws_ecs_cluster.main.name")),
                new Output("service_names", "ECS service of each container service, by service name",
                        HclExpression.object(services)));
    }

    // ---- environments

    @Override
    HclFile rootMain() {
        HclBody file = new HclBody();
        HclBody provider = file.block("provider", "aws");
        provider.attribute("region", raw("var.region"));
        provider.block("default_tags").attribute("tags", HclExpression.pairs(
                "Project", raw("var.project"),
                "Environment", raw("var.environment"),
                "ManagedBy", string("terraform")));

        HclBody networking = moduleCall(file, "networking", "networking");
        basics(networking);

        HclBody monitoring = moduleCall(file, "monitoring", "monitoring");
        basics(monitoring);

        if (!managed().isEmpty()) {
            pass(moduleCall(file, "database", "database"), managedEndpointVariables());
        }

        HclBody compute = moduleCall(file, "compute", "compute");
        basics(compute);
        compute.attribute("region", raw("var.region"));
        compute.attribute("private_subnet_ids", raw("module.networking.private_subnet_ids"));
        compute.attribute("security_group_ids", raw("module.networking.security_group_ids"));
        compute.attribute("log_group_names", raw("module.monitoring.log_group_names"));
        compute.blank();
        pass(compute, countVariables());
        compute.blank();
        pass(compute, secretVariables());
        return new HclFile(file);
    }

    @Override
    List<Variable> rootVariables() {
        List<Variable> variables = commonRootVariables();
        String region = descriptor.terraform().region();
        variables.add(Variable.withDefault("region", "string", "AWS region to deploy to",
                string(region == null ? DEFAULT_REGION : region)));
        variables.addAll(countVariables());
        variables.addAll(managedEndpointVariables());
        variables.addAll(secretVariables());
        return variables;
    }

    @Override
    List<Output> rootOutputs() {
        List<Output> outputs = new ArrayList<>();
        outputs.add(new Output("vpc_id", "ID of the VPC", raw("module.networking.vpc_id")));
        outputs.add(new Output("private_subnet_ids", "IDs of the private subnets",
                raw("module.networking.private_subnet_ids")));
        outputs.add(new Output("ecs_cluster_name", "Name of the ECS cluster", raw("module.compute.cluster_name")));
        outputs.add(new Output("ecs_service_names", "ECS service of each container service, by service name",
                raw("module.compute.service_names")));
        for (Service service : managed()) {
            String name = Names.id(service.name()) + "_endpoint";
            outputs.add(new Output(name, "Endpoint of the managed service " + service.name(),
                    raw("module.database." + name)));
        }
        return outputs;
    }

    @Override
    void environmentValues(String environment, HclBody tfvars) {
        for (Service service : containers()) {
            String id = Names.id(service.name());
            Replicas replicas = replicas(environment, service);
            tfvars.blank();
            tfvars.attribute(id + "_desired_count", number(replicas.min()));
            if (service.replicas().isRange()) {
                tfvars.attribute(id + "_min_count", number(replicas.min()));
                tfvars.attribute(id + "_max_count", number(replicas.max()));
            }
        }
    }

    // ---- helpers

    private static List<Variable> moduleBasics() {
        List<Variable> variables = new ArrayList<>();
        variables.add(Variable.of("project", "string", "Name of the system, used in resource names"));
        variables.add(Variable.of("environment", "string", "Name of the environment, used in resource names"));
        return variables;
    }

    private static void basics(HclBody module) {
        module.attribute("project", raw("var.project"));
        module.attribute("environment", raw("var.environment"));
    }

    private static HclExpression nameTag(String nameTemplate) {
        return HclExpression.pairs("Name", template(nameTemplate));
    }
}
