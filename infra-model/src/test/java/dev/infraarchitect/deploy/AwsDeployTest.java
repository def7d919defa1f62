package dev.infraarchitect.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Edge;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.terraform.TerraformGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AWS skeleton read as {@code terraform apply} would wire it, for every example and synthetic system: traffic
 * from outside reaches each entry point through load balancer, listener, target group and the ECS service's
 * {@code load_balancer} block; security groups admit every edge and the load balancer; each execution role reads
 * exactly the secrets its task passes; every replica range has a scaling policy, not just a target.
 */
class AwsDeployTest {

    private static final Pattern BLOCK = Pattern.compile("(?ms)^(resource|output) \"([^\"]+)\"(?: \"([^\"]+)\")? \\{\\n(.*?)^\\}");
    private static final Pattern VAR = Pattern.compile("var\\.([A-Za-z0-9_]+)");

    static Stream<Arguments> systems() {
        return SystemsUnderDeploy.all();
    }

    /** Resources by "type.name" (outputs by "output.name"), each with its body as printed. */
    private record Skeleton(Analysis analysis, Map<String, String> blocks) {

        static Skeleton of(String system) throws Exception {
            Analysis analysis = SystemsUnderDeploy.onAws(system);
            Map<String, String> blocks = new HashMap<>();
            for (GeneratedFile file : new TerraformGenerator().generate(GenerationContext.of(analysis))) {
                if (!file.path().startsWith("terraform/modules/")) {
                    continue;
                }
                Matcher block = BLOCK.matcher(file.text());
                while (block.find()) {
                    String key = block.group(1).equals("output") ? "output." + block.group(2)
                            : block.group(2) + "." + block.group(3);
                    blocks.put(key, block.group(4));
                }
            }
            return new Skeleton(analysis, blocks);
        }

        String get(String key) {
            String body = blocks.get(key);
            assertThat(body).as("%s exists", key).isNotNull();
            return body;
        }

        String id(String name) {
            return name.replace('-', '_');
        }

        List<String> ofType(String type) {
            return blocks.keySet().stream().filter(k -> k.startsWith(type + ".")).sorted().toList();
        }

        List<Service> containers() {
            return analysis.descriptor().services().values().stream().filter(Service::isContainer).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void entryPointsAreRegisteredWithAListeningLoadBalancer(String system) throws Exception {
        Skeleton aws = Skeleton.of(system);
        Map<String, Service> services = aws.analysis().descriptor().services();
        for (Service service : aws.containers()) {
            boolean reachedByManaged = services.values().stream()
                    .anyMatch(s -> s.isManaged() && s.calls().contains(service.name()));
            boolean publishes = service.ports().stream().anyMatch(Port::published);
            if (!(reachedByManaged || publishes) || service.ports().isEmpty()) {
                continue;
            }
            String ecs = aws.get("aws_ecs_service." + aws.id(service.name()));
            List<String[]> registrations = captures(ecs, "(?s)load_balancer \\{\\s*target_group_arn = "
                    + "var\\.target_group_arns\\[\"([^\"]+)\"\\]\\s*container_name\\s*= \"([^\"]+)\"\\s*"
                    + "container_port\\s*= (\\d+)");
            assertThat(registrations).as("%s is registered with a target group", service.name()).isNotEmpty();
            String outputs = aws.get("output.target_group_arns");
            Set<Integer> containerPorts = new TreeSet<>();
            for (String[] registration : registrations) {
                String key = registration[0];
                int port = Integer.parseInt(registration[2]);
                containerPorts.add(port);
                assertThat(registration[1]).isEqualTo(service.name());
                assertThat(service.ports()).extracting(Port::containerPort).contains(port);
                // the ARN is read through the listener, so the service is created after the group has a listener
                assertThat(outputs).containsPattern(Pattern.quote(key) + " +" + Pattern.quote(
                        "= aws_lb_listener." + key + ".default_action[0].target_group_arn"));
                String listener = aws.get("aws_lb_listener." + key);
                assertThat(listener).contains("target_group_arn = aws_lb_target_group." + key + ".arn")
                        .contains("type             = \"forward\"");
                String lb = first(listener, "load_balancer_arn = aws_lb\\.([a-z0-9_]+)\\.arn");
                String balancer = aws.get("aws_lb." + lb);
                String lbGroup = first(balancer, "security_groups\\s*= \\[aws_security_group\\.([a-z0-9_]+)\\.id\\]");
                String group = aws.get("aws_lb_target_group." + key);
                assertThat(group).contains("target_type = \"ip\"");
                assertThat(first(group, "port\\s*= (\\d+)")).isEqualTo(registration[2]);
                int listens = Integer.parseInt(first(listener, "port\\s*= (\\d+)"));
                // the internet reaches the listener, and the load balancer's group reaches the task
                assertThat(rules(aws, lbGroup, null)).as("%s open on %d", lb, listens)
                        .anySatisfy(rule -> assertThat(rule).contains("cidr_ipv4         = \"0.0.0.0/0\"")
                                .contains("from_port         = " + listens));
                assertThat(rules(aws, aws.id(service.name()), lbGroup)).as("%s admits %s", service.name(), lb)
                        .anySatisfy(rule -> assertThat(rule).containsPattern("from_port\\s*= " + port + "\\n"));
            }
            if (publishes && !reachedByManaged) {
                assertThat(containerPorts).containsAll(service.ports().stream().filter(Port::published)
                        .map(Port::containerPort).toList());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void securityGroupsAdmitEveryEdgeOnItsPort(String system) throws Exception {
        Skeleton aws = Skeleton.of(system);
        Map<String, Service> services = aws.analysis().descriptor().services();
        for (Service caller : aws.containers()) {
            for (Edge edge : caller.edges()) {
                Service target = services.get(edge.service());
                if (target == null || !target.isContainer()) {
                    continue;
                }
                List<String> rules = rules(aws, aws.id(target.name()), aws.id(caller.name()));
                assertThat(rules).as("%s -> %s", caller.name(), target.name()).isNotEmpty();
                List<Integer> ports = edge.port() != null ? List.of(edge.port())
                        : target.ports().stream().map(Port::containerPort).distinct().toList();
                if (ports.isEmpty()) {
                    assertThat(rules).anySatisfy(rule -> assertThat(rule).contains("ip_protocol                  = \"-1\""));
                }
                for (int port : ports) {
                    assertThat(rules).as("%s -> %s:%d", caller.name(), target.name(), port)
                            .anySatisfy(rule -> assertThat(rule).containsPattern("from_port\\s*= " + port + "\\n"));
                }
                if (edge.port() != null) {
                    assertThat(rules).as("only the edge's port").hasSize(1);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyExecutionRoleReadsExactlyTheSecretsItsTaskPasses(String system) throws Exception {
        Skeleton aws = Skeleton.of(system);
        Map<String, Set<String>> readable = new HashMap<>();
        for (String key : aws.ofType("aws_iam_role_policy")) {
            String policy = aws.get(key);
            String role = first(policy, "role = aws_iam_role\\.([a-z0-9_]+)\\.id");
            assertThat(policy).contains("\"secretsmanager:GetSecretValue\"", "\"ssm:GetParameters\"");
            readable.computeIfAbsent(role, r -> new TreeSet<>()).addAll(vars(first(policy, "Resource = \\[([^]]*)\\]")));
        }
        for (Service service : aws.containers()) {
            String task = aws.get("aws_ecs_task_definition." + aws.id(service.name()));
            String role = first(task, "execution_role_arn\\s*= aws_iam_role\\.([a-z0-9_]+)\\.arn");
            aws.get("aws_iam_role." + role);
            assertThat(aws.get("aws_iam_role_policy_attachment." + role))
                    .contains("AmazonECSTaskExecutionRolePolicy");
            Set<String> passed = new TreeSet<>();
            for (String[] secret : captures(task, "valueFrom = var\\.([A-Za-z0-9_]+)")) {
                passed.add(secret[0]);
            }
            assertThat(readable.getOrDefault(role, Set.of())).as("%s reads", service.name())
                    .containsExactlyInAnyOrderElementsOf(passed);
            if (!service.secrets().isEmpty()) {
                assertThat(passed).as(service.name()).hasSizeGreaterThanOrEqualTo(service.secrets().size());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyReplicaRangeHasATargetTrackingPolicy(String system) throws Exception {
        Skeleton aws = Skeleton.of(system);
        for (Service service : aws.containers()) {
            if (!service.replicas().isRange()) {
                continue;
            }
            String id = aws.id(service.name());
            assertThat(aws.get("aws_appautoscaling_target." + id)).contains("ecs:service:DesiredCount");
            assertThat(aws.ofType("aws_appautoscaling_policy")).as(service.name()).anySatisfy(key -> assertThat(
                    aws.get(key)).contains("resource_id        = aws_appautoscaling_target." + id + ".resource_id",
                    "policy_type        = \"TargetTrackingScaling\"", "ECSServiceAverageCPUUtilization"));
        }
        assertThat(aws.ofType("aws_appautoscaling_policy")).hasSameSizeAs(aws.ofType("aws_appautoscaling_target"));
    }

    /** The ingress rules on {@code group}, from {@code from}'s group, or from CIDR blocks when it is null. */
    private static List<String> rules(Skeleton aws, String group, String from) {
        List<String> out = new ArrayList<>();
        for (String key : aws.ofType("aws_vpc_security_group_ingress_rule")) {
            String rule = aws.get(key);
            boolean on = rule.contains("security_group_id") && rule.matches(
                    "(?s).*\\bsecurity_group_id\\s*= aws_security_group\\." + group + "\\.id\\n.*");
            boolean source = from == null ? rule.contains("cidr_ipv4")
                    : rule.matches("(?s).*referenced_security_group_id = aws_security_group\\." + from + "\\.id\\n.*");
            if (on && source) {
                out.add(rule);
            }
        }
        return out;
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in\n%s", regex, text).isTrue();
        return m.group(1);
    }

    private static List<String[]> captures(String text, String regex) {
        List<String[]> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            String[] groups = new String[m.groupCount()];
            for (int i = 0; i < groups.length; i++) {
                groups[i] = m.group(i + 1);
            }
            out.add(groups);
        }
        return out;
    }

    private static Set<String> vars(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = VAR.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
