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
import dev.infraarchitect.render.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The AWS skeleton: a VPC with one security group per container service that admits only the services connecting
 * to it, on the ports their edges use; network load balancers in front of the services a managed load balancer
 * reaches or that publish ports; ECS Fargate tasks and services registered with their target groups, an execution
 * role per service with secrets that may read exactly those, a CPU target-tracking policy where replicas are a range;
 * and a CloudWatch log group per service. Managed services are hosted products it does not create.
 */
final class AwsSkeleton extends Skeleton {

    static final String DEFAULT_REGION = "us-east-1";
    private static final long FARGATE_MIN_CPU = 256;
    private static final long FARGATE_MIN_MEMORY = 512;
    private static final int SUBNETS = 2;

    /** The average CPU use, in percent of the task's, that autoscaling aims for, as in the Kubernetes overlays. */
    static final int CPU_TARGET = 80;
    /** How long a new task may fail the load balancer's health checks while it starts. */
    private static final int HEALTH_CHECK_GRACE_SECONDS = 60;

    /** Edges from container services by the name of their target, callers sorted by name; built once. */
    private final Map<String, List<Connection>> callers = new TreeMap<>();
    private final LoadBalancers loadBalancers;

    AwsSkeleton(Analysis analysis) {
        super(analysis);
        List<Connection> edges = Connection.of(descriptor);
        for (Connection edge : edges) {
            Service from = descriptor.services().get(edge.from());
            if (from != null && from.isContainer()) {
                callers.computeIfAbsent(edge.to(), d -> new ArrayList<>()).add(edge);
            }
        }
        loadBalancers = new LoadBalancers(descriptor, edges);
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

    /** Three modules (networking, compute, monitoring) whatever the system's size. */
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
            group.attribute("description", "Service " + service.name() + ": reachable only along its edges");
            group.attribute("vpc_id", raw("aws_vpc.main.id"));
            group.blank();
            group.attribute("tags", nameTag("${var.project}-${var.environment}-" + service.name()));

            HclBody egress = file.block("resource", "aws_vpc_security_group_egress_rule", id + "_all");
            egress.attribute("security_group_id", raw("aws_security_group." + id + ".id"));
            egress.attribute("description", "All outbound traffic");
            egress.attribute("ip_protocol", "-1");
            egress.attribute("cidr_ipv4", "0.0.0.0/0");

            Map<String, List<Connection>> byCaller = new TreeMap<>();
            for (Connection edge : callers.getOrDefault(service.name(), List.of())) {
                byCaller.computeIfAbsent(edge.from(), c -> new ArrayList<>()).add(edge);
            }
            byCaller.forEach((caller, edges) -> ingress(file, service, descriptor.services().get(caller), edges));
        }
        for (LoadBalancers.LoadBalancer lb : loadBalancers.all()) {
            loadBalancer(file, lb);
        }
        return new HclFile(file);
    }

    /**
     * The load balancer in the public subnets with its own security group, open to the internet on its listener
     * ports; a target group (of task IPs, as Fargate needs) and a listener per forwarded port; and on each target's
     * security group a rule that admits the load balancer's.
     */
    private static void loadBalancer(HclBody file, LoadBalancers.LoadBalancer lb) {
        String group = lb.securityGroup();
        HclBody sg = file.block("resource", "aws_security_group", group);
        sg.attribute("name", template("${var.project}-${var.environment}-" + lb.name() + "-lb"));
        sg.attribute("description", lb.description());
        sg.attribute("vpc_id", raw("aws_vpc.main.id"));
        sg.blank();
        sg.attribute("tags", nameTag("${var.project}-${var.environment}-" + lb.name() + "-lb"));

        HclBody egress = file.block("resource", "aws_vpc_security_group_egress_rule", group + "_all");
        egress.attribute("security_group_id", raw("aws_security_group." + group + ".id"));
        egress.attribute("description", "To the targets");
        egress.attribute("ip_protocol", "-1");
        egress.attribute("cidr_ipv4", "0.0.0.0/0");

        HclBody balancer = file.block("resource", "aws_lb", lb.label());
        balancer.attribute("load_balancer_type", "network");
        balancer.attribute("internal", bool(false));
        balancer.attribute("subnets", raw("aws_subnet.public[*].id"));
        balancer.attribute("security_groups", HclExpression.list(List.of(raw("aws_security_group." + group + ".id"))));
        balancer.blank();
        balancer.attribute("tags", nameTag("${var.project}-${var.environment}-" + lb.name()));

        for (LoadBalancers.Listener listener : lb.listeners()) {
            String label = listener.label();
            String protocol = listener.protocol().toUpperCase(Locale.ROOT);
            HclBody open = file.block("resource", "aws_vpc_security_group_ingress_rule", label + "_public");
            open.attribute("security_group_id", raw("aws_security_group." + group + ".id"));
            open.attribute("description", "Clients of " + listener.target().name() + " through " + lb.name());
            open.attribute("ip_protocol", listener.protocol());
            open.attribute("from_port", number(listener.port()));
            open.attribute("to_port", number(listener.port()));
            open.attribute("cidr_ipv4", "0.0.0.0/0");

            HclBody targets = file.block("resource", "aws_lb_target_group", label);
            targets.attribute("port", number(listener.containerPort()));
            targets.attribute("protocol", protocol);
            targets.attribute("target_type", "ip");
            targets.attribute("vpc_id", raw("aws_vpc.main.id"));
            targets.blank();
            targets.attribute("tags", nameTag("${var.project}-${var.environment}-" + listener.target().name() + "-"
                    + listener.containerPort()));

            HclBody forward = listener.port() == listener.wanted() ? file.block("resource", "aws_lb_listener", label)
                    : file.commentedBlock(List.of("Port " + listener.wanted() + " is taken by another target of "
                            + lb.name() + ": " + listener.target().name() + " listens on " + listener.port() + "."),
                            "resource", "aws_lb_listener", label);
            forward.attribute("load_balancer_arn", raw("aws_lb." + lb.label() + ".arn"));
            forward.attribute("port", number(listener.port()));
            forward.attribute("protocol", protocol);
            HclBody action = forward.block("default_action");
            action.attribute("type", "forward");
            action.attribute("target_group_arn", raw("aws_lb_target_group." + label + ".arn"));

            String target = Names.id(listener.target().name());
            HclBody admit = file.block("resource", "aws_vpc_security_group_ingress_rule", target + "_from_" + label);
            admit.attribute("security_group_id", raw("aws_security_group." + target + ".id"));
            admit.attribute("referenced_security_group_id", raw("aws_security_group." + group + ".id"));
            admit.attribute("description", lb.name() + " forwards to " + listener.target().name());
            admit.attribute("ip_protocol", listener.protocol());
            admit.attribute("from_port", number(listener.containerPort()));
            admit.attribute("to_port", number(listener.containerPort()));
        }
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

    /**
     * One rule per caller and port (per port only when there are several), referencing the caller's group: the
     * ports its edges name, or all the service's ports when one of its edges names none.
     */
    private static void ingress(HclBody file, Service service, Service caller, List<Connection> edges) {
        String id = Names.id(service.name());
        String from = Names.id(caller.name());
        Map<String, Port> byKey = new TreeMap<>();
        boolean allPorts = edges.stream().anyMatch(e -> e.port() == null);
        if (allPorts) {
            for (Port port : service.ports()) {
                byKey.put(port.containerPort() + "_" + port.protocol(), port);
            }
        } else {
            for (Connection edge : edges) {
                String protocol = edge.transport() == null ? "tcp" : edge.transport();
                byKey.put(edge.port() + "_" + protocol, new Port(null, edge.port(), protocol));
            }
        }
        if (byKey.isEmpty()) {
            HclBody rule = ingressRule(file, id + "_from_" + from, service, caller);
            rule.attribute("ip_protocol", "-1");
            return;
        }
        for (Port port : byKey.values()) {
            String name = id + "_from_" + from + (byKey.size() == 1 ? "" : "_" + port.containerPort()
                    + ("tcp".equals(port.protocol()) ? "" : "_" + port.protocol()));
            HclBody rule = ingressRule(file, name, service, caller);
            rule.attribute("ip_protocol", port.protocol());
            rule.attribute("from_port", number(port.containerPort()));
            rule.attribute("to_port", number(port.containerPort()));
        }
    }

    private static HclBody ingressRule(HclBody file, String name, Service service, Service caller) {
        HclBody rule = file.block("resource", "aws_vpc_security_group_ingress_rule", name);
        rule.attribute("security_group_id", raw("aws_security_group." + Names.id(service.name()) + ".id"));
        rule.attribute("referenced_security_group_id", raw("aws_security_group." + Names.id(caller.name()) + ".id"));
        rule.attribute("description", caller.name() + " connects to " + service.name());
        return rule;
    }

    private List<Output> networkingOutputs() {
        Map<String, HclExpression> groups = new LinkedHashMap<>();
        for (Service service : containers()) {
            groups.put(service.name(), raw("aws_security_group." + Names.id(service.name()) + ".id"));
        }
        List<Output> outputs = new ArrayList<>(List.of(
                new Output("vpc_id", "ID of the VPC", raw("aws_vpc.main.id")),
                new Output("public_subnet_ids", "IDs of the public subnets", raw("aws_subnet.public[*].id")),
                new Output("private_subnet_ids", "IDs of the private subnets, where the services run",
                        raw("aws_subnet.private[*].id")),
                new Output("security_group_ids", "Security group ID of each container service, by service name",
                        HclExpression.object(groups))));
        if (!loadBalancers.isEmpty()) {
            Map<String, HclExpression> targetGroups = new LinkedHashMap<>();
            Map<String, HclExpression> dnsNames = new LinkedHashMap<>();
            for (LoadBalancers.LoadBalancer lb : loadBalancers.all()) {
                dnsNames.put(lb.name(), raw("aws_lb." + lb.label() + ".dns_name"));
                for (LoadBalancers.Listener listener : lb.listeners()) {
                    // read through the listener, so that the ECS services wait until the group has a load balancer
                    targetGroups.put(listener.label(),
                            raw("aws_lb_listener." + listener.label() + ".default_action[0].target_group_arn"));
                }
            }
            outputs.add(new Output("target_group_arns", "Target group of each load-balanced port, by listener",
                    HclExpression.object(targetGroups)));
            outputs.add(new Output("load_balancer_dns_names", "DNS name of each load balancer",
                    HclExpression.object(dnsNames)));
        }
        return outputs;
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
        if (!loadBalancers.isEmpty()) {
            variables.add(Variable.of("target_group_arns", "map(string)",
                    "Target group of each load-balanced port, by listener"));
        }
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

        if (containers().stream().anyMatch(service -> SensitiveInput.of(service).isEmpty())) {
            executionRole(file, "task_execution", template("${var.project}-${var.environment}-task-execution"));
        }
        for (Service service : containers()) {
            List<SensitiveInput> secrets = SensitiveInput.of(service);
            if (!secrets.isEmpty()) {
                secretsRole(file, service, secrets);
            }
            taskDefinition(file, service);
            ecsService(file, service, loadBalancers.forwardingTo(service));
            if (service.replicas().isRange()) {
                autoscaling(file, service);
            }
        }
        return new HclFile(file);
    }

    /**
     * An execution role: ECS assumes it to pull the image, write the logs and fetch the task's secrets.
     * {@code name} is {@code null} for a role Terraform names itself, as the per-service ones would exceed IAM's
     * 64 characters for long project and service names.
     */
    private static void executionRole(HclBody file, String label, HclExpression name) {
        HclBody role = file.block("resource", "aws_iam_role", label);
        if (name != null) {
            role.attribute("name", name);
        }
        role.attribute("assume_role_policy", HclExpression.call("jsonencode", HclExpression.pairs(
                "Version", string("2012-10-17"),
                "Statement", HclExpression.list(List.of(HclExpression.pairs(
                        "Effect", string("Allow"),
                        "Principal", HclExpression.pairs("Service", string("ecs-tasks.amazonaws.com")),
                        "Action", string("sts:AssumeRole")))))));

        HclBody attachment = file.block("resource", "aws_iam_role_policy_attachment", label);
        attachment.attribute("role", raw("aws_iam_role." + label + ".name"));
        attachment.attribute("policy_arn",
                "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
    }

    /**
     * The execution role of a service with secrets: the managed policy does not let ECS read secrets, so an inline
     * policy allows reading exactly the ARNs the task definition passes, and no other service's.
     */
    private static void secretsRole(HclBody file, Service service, List<SensitiveInput> secrets) {
        String label = executionRoleOf(service, secrets);
        executionRole(file, label, null);
        List<HclExpression> arns = secrets.stream().map(input -> raw("var." + input.variable())).toList();
        HclBody policy = file.block("resource", "aws_iam_role_policy", Names.id(service.name()) + "_secrets");
        policy.attribute("name", "read-secrets");
        policy.attribute("role", raw("aws_iam_role." + label + ".id"));
        policy.attribute("policy", HclExpression.call("jsonencode", HclExpression.pairs(
                "Version", string("2012-10-17"),
                "Statement", HclExpression.list(List.of(HclExpression.pairs(
                        "Effect", string("Allow"),
                        "Action", HclExpression.strings(List.of("secretsmanager:GetSecretValue",
                                "ssm:GetParameters")),
                        "Resource", HclExpression.list(arns)))))));
    }

    private static String executionRoleOf(Service service, List<SensitiveInput> secrets) {
        return secrets.isEmpty() ? "task_execution" : Names.id(service.name()) + "_execution";
    }

    /** The scalable target and the policy that moves it: a target without a policy never scales. */
    private static void autoscaling(HclBody file, Service service) {
        String id = Names.id(service.name());
        HclBody target = file.block("resource", "aws_appautoscaling_target", id);
        target.attribute("service_namespace", "ecs");
        target.attribute("resource_id",
                template("service/${aws_ecs_cluster.main.name}/${aws_ecs_service." + id + ".name}"));
        target.attribute("scalable_dimension", "ecs:service:DesiredCount");
        target.attribute("min_capacity", raw("var." + id + "_min_count"));
        target.attribute("max_capacity", raw("var." + id + "_max_count"));

        HclBody policy = file.block("resource", "aws_appautoscaling_policy", id + "_cpu");
        policy.attribute("name", template("${var.project}-${var.environment}-" + service.name() + "-cpu"));
        policy.attribute("policy_type", "TargetTrackingScaling");
        policy.attribute("service_namespace", raw("aws_appautoscaling_target." + id + ".service_namespace"));
        policy.attribute("resource_id", raw("aws_appautoscaling_target." + id + ".resource_id"));
        policy.attribute("scalable_dimension", raw("aws_appautoscaling_target." + id + ".scalable_dimension"));
        HclBody tracking = policy.block("target_tracking_scaling_policy_configuration");
        tracking.attribute("target_value", number(CPU_TARGET));
        tracking.block("predefined_metric_specification")
                .attribute("predefined_metric_type", "ECSServiceAverageCPUUtilization");
    }

    private void taskDefinition(HclBody file, Service service) {
        String id = Names.id(service.name());
        List<String> comments = !service.holdsData() ? List.of() : List.of(
                "Stateful, but a Fargate task keeps no data across restarts: add an EFS volume for "
                        + (service.dataPath() == null ? "its data" : service.dataPath()) + ",",
                "or use a managed service.");
        HclBody task = file.commentedBlock(comments, "resource", "aws_ecs_task_definition", id);
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
        task.attribute("execution_role_arn",
                raw("aws_iam_role." + executionRoleOf(service, SensitiveInput.of(service)) + ".arn"));
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

    private static void ecsService(HclBody file, Service service, List<LoadBalancers.Listener> listeners) {
        String id = Names.id(service.name());
        HclBody ecs = file.block("resource", "aws_ecs_service", id);
        ecs.attribute("name", service.name());
        ecs.attribute("cluster", raw("aws_ecs_cluster.main.id"));
        ecs.attribute("task_definition", raw("aws_ecs_task_definition." + id + ".arn"));
        ecs.attribute("desired_count", raw("var." + id + "_desired_count"));
        ecs.attribute("launch_type", "FARGATE");
        if (!listeners.isEmpty()) {
            ecs.attribute("health_check_grace_period_seconds", number(HEALTH_CHECK_GRACE_SECONDS));
        }
        HclBody network = ecs.block("network_configuration");
        network.attribute("subnets", raw("var.private_subnet_ids"));
        network.attribute("security_groups",
                HclExpression.list(List.of(raw("var.security_group_ids[\"" + service.name() + "\"]"))));
        network.attribute("assign_public_ip", bool(false));
        for (LoadBalancers.Listener listener : listeners) {
            HclBody registration = ecs.block("load_balancer");
            registration.attribute("target_group_arn", raw("var.target_group_arns[\"" + listener.label() + "\"]"));
            registration.attribute("container_name", service.name());
            registration.attribute("container_port", number(listener.containerPort()));
        }
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

        HclBody compute = moduleCall(file, "compute", "compute");
        basics(compute);
        compute.attribute("region", raw("var.region"));
        compute.attribute("private_subnet_ids", raw("module.networking.private_subnet_ids"));
        compute.attribute("security_group_ids", raw("module.networking.security_group_ids"));
        compute.attribute("log_group_names", raw("module.monitoring.log_group_names"));
        if (!loadBalancers.isEmpty()) {
            compute.attribute("target_group_arns", raw("module.networking.target_group_arns"));
        }
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
        if (!loadBalancers.isEmpty()) {
            outputs.add(new Output("load_balancer_dns_names", "DNS name of each load balancer, by name",
                    raw("module.networking.load_balancer_dns_names")));
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
