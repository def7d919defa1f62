package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.model.Decision;
import dev.infraarchitect.model.DecisionStatus;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.GpuKind;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Location;
import dev.infraarchitect.model.Port;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.ServiceKind;
import dev.infraarchitect.model.TerraformProvider;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorLoaderTest {

    private static final long GI = Quantities.GIB;

    static String resource(String name) throws IOException {
        try (InputStream in = DescriptorLoaderTest.class.getResourceAsStream("/load/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Descriptor parse(String yaml) throws DescriptorException {
        return DescriptorLoader.parse(yaml, "infra.yaml");
    }

    private static List<String> problems(String yaml) {
        try {
            parse(yaml);
        } catch (DescriptorException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the descriptor to be rejected");
    }

    @Test
    void loadsEveryFieldOfTheSpecification() throws Exception {
        Descriptor d = parse(resource("full-spec.yaml"));

        assertThat(d.project()).isEqualTo("acme-platform");
        assertThat(d.description()).isEqualTo("Short text");
        assertThat(d.currency()).isEqualTo("EUR");

        Host main = d.hosts().get("acc-main");
        assertThat(main).isEqualTo(new Host("acc-main", 24_000, 61 * GI, 24 * GI, GpuKind.AMD, 2048 * GI,
                new Resources(0, 2 * GI, 0, 0), new BigDecimal("80")));
        assertThat(main.capacity()).isEqualTo(new Resources(24_000, 59 * GI, 24 * GI, 2048 * GI));
        assertThat(d.hosts().get("edge").cpu()).isEqualTo(500);
        assertThat(d.hosts().get("edge").storage()).isNull();

        assertThat(d.tiers().get("foundation").limits().get(Resource.CPU)).hasValue(10_000);
        assertThat(d.tiers().get("ai-core").limits().get(Resource.CPU)).isEmpty();
        assertThat(d.tiers().get("ai-core").description()).isEqualTo("Models");
        assertThat(d.networks().get("backend").internal()).isTrue();
        assertThat(d.networks().get("frontend").internal()).isFalse();

        assertThat(d.environments()).containsOnlyKeys("dev", "prod");
        assertThat(d.environments().get("dev").replicasCap()).isEqualTo(1);
        assertThat(d.budgetsFor(d.environments().get("dev")).cost()).isEqualByComparingTo("50");
        assertThat(d.budgetsFor(d.environments().get("dev")).limits().get(Resource.MEMORY)).hasValue(59 * GI);
        assertThat(d.budgets().limits().get(Resource.STORAGE)).hasValue(4096 * GI);
        assertThat(d.pricing().storage()).isEqualByComparingTo("0.1");
        assertThat(d.objectives().availability()).isEqualByComparingTo("99.9");
        assertThat(d.objectives().rpo()).isEqualTo(Duration.ofMinutes(5));
        assertThat(d.objectives().rto()).isEqualTo(Duration.ofHours(1));

        Service api = d.services().get("api");
        assertThat(api.kind()).isEqualTo(ServiceKind.CONTAINER);
        assertThat(api.image()).isEqualTo("ghcr.io/acme/api:1.4");
        assertThat(api.tier()).isEqualTo("foundation");
        assertThat(api.host()).isEqualTo("acc-main");
        assertThat(api.phase()).isEqualTo(2);
        assertThat(api.resources()).isEqualTo(new Resources(500, GI, 0, 10 * GI));
        assertThat(api.replicas()).isEqualTo(new Replicas(2, 10));
        assertThat(api.ports()).containsExactly(new Port(null, 8000, "tcp"), new Port(8080, 8000, "tcp"),
                new Port(9000, 9000, "udp"));
        assertThat(api.networks()).containsExactly("frontend", "backend");
        assertThat(api.dependsOn()).containsExactly("postgres", "redis");
        assertThat(api.healthcheck().test()).isEqualTo("curl -fsS http://localhost:8000/health");
        assertThat(api.healthcheck().interval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(api.healthcheck().retries()).isEqualTo(3);
        assertThat(api.environment()).containsExactly(
                java.util.Map.entry("LOG_LEVEL", "info"), java.util.Map.entry("WORKERS", "4"));
        assertThat(api.secrets()).containsExactly("DATABASE_PASSWORD");
        assertThat(api.volumes()).containsExactly("api-data:/data");
        assertThat(api.stateful()).isFalse();
        assertThat(api.backup().interval()).isEqualTo(Duration.ofHours(2));
        assertThat(api.backup().retention()).isEqualTo(Duration.ofDays(30));
        assertThat(api.cost()).isEqualByComparingTo("25");
        assertThat(api.labels()).containsEntry("team", "core");

        assertThat(d.services().get("postgres").replicas()).isEqualTo(new Replicas(2, 2));
        assertThat(d.services().get("redis").kind()).isEqualTo(ServiceKind.MANAGED);
        assertThat(d.services().get("redis").replicas()).isEqualTo(Replicas.ONE);
        assertThat(d.services().get("redis").resources()).isEqualTo(Resources.ZERO);

        Decision first = d.decisions().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(DecisionStatus.ACCEPTED);
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(first.context()).isEqualTo("We need multi-tenant isolation.\n");
        assertThat(first.positiveConsequences()).containsExactly("Full control over data", "Lower costs at scale");
        assertThat(first.negativeConsequences()).containsExactly("Requires infrastructure management");
        assertThat(first.alternatives()).containsExactly("Managed Supabase (rejected: data sovereignty)");
        assertThat(first.services()).containsExactly("postgres");
        assertThat(d.decisions().get(1).supersedes()).isEqualTo(1);
        assertThat(d.decisions().get(1).number()).isEqualTo(2);

        assertThat(d.terraform().provider()).isEqualTo(TerraformProvider.AWS);
        assertThat(d.terraform().region()).isEqualTo("us-east-1");
        assertThat(d.terraform().backend().type()).isEqualTo("s3");
        assertThat(d.terraform().backend().settings()).containsEntry("bucket", "acme-tfstate");
    }

    @Test
    void appliesDefaults() throws Exception {
        Descriptor d = parse("project: p\nservices:\n  a: { image: nginx }\n");
        assertThat(d.currency()).isEqualTo("USD");
        assertThat(d.environments()).containsOnlyKeys("prod");
        assertThat(d.hosts()).isEmpty();
        assertThat(d.decisions()).isEmpty();
        assertThat(d.terraform().provider()).isEqualTo(TerraformProvider.AWS);
        assertThat(d.terraform().providerExplicit()).isFalse();
        Service a = d.services().get("a");
        assertThat(a.kind()).isEqualTo(ServiceKind.CONTAINER);
        assertThat(a.replicas()).isEqualTo(Replicas.ONE);
        assertThat(a.resources()).isEqualTo(Resources.ZERO);
        assertThat(a.dependsOn()).isEmpty();
        assertThat(a.stateful()).isFalse();
    }

    @Test
    void readsTheSpecificationsSkeletonWithEmptySectionsAsTheDefaults() throws Exception {
        Descriptor d = parse("""
                project: acme-platform
                description: Short text
                currency: USD
                hosts: {}
                tiers: {}
                networks: {}
                environments: {}
                budgets: {}
                pricing: {}
                objectives: {}
                services: { a: { image: nginx } }
                decisions: []
                terraform: {}
                """);
        assertThat(d.environments()).containsOnlyKeys("prod");
        assertThat(parse("project: p\nenvironments:\nservices: { a: { image: x } }\n").environments())
                .containsOnlyKeys("prod");
    }

    @Test
    void readsAReplicaRangeOfZeroAsZeroReplicasLikeACountOfZero() throws Exception {
        Descriptor d = parse("project: p\nservices:\n  a: { image: x, replicas: { min: 0, max: 0 } }\n"
                + "  b: { image: x, replicas: 0 }\n");
        assertThat(d.services().get("a").replicas()).isEqualTo(new Replicas(0, 0));
        assertThat(d.services().get("b").replicas()).isEqualTo(d.services().get("a").replicas());
    }

    @Test
    void refusesAReserveLargerThanTheHostWhereItIsWritten() {
        assertThat(problems("project: p\nhosts:\n  h: { cpu: 2, memory: 4Gi, storage: 1Ti,"
                + " reserve: { cpu: 3, memory: 4Gi, vram: 1Gi, storage: 2Ti } }\nservices: { a: { image: x } }\n"))
                .containsExactly(
                        "infra.yaml:3:54: hosts.h.reserve.cpu 3 is more than the host's cpu (2); a reserve is kept free"
                                + " out of the host's own",
                        "infra.yaml:3:75: hosts.h.reserve.vram 1Gi is more than the host's vram (0); a reserve is kept"
                                + " free out of the host's own",
                        "infra.yaml:3:86: hosts.h.reserve.storage 2Ti is more than the host's storage (1Ti); a reserve"
                                + " is kept free out of the host's own");
    }

    @Test
    void takesAnEmptyValueAsNotWritten() throws Exception {
        Descriptor d = parse("project: p\nnetworks:\n  edge:\nenvironments:\n  dev:\n"
                + "services:\n  a:\n    image: x\n    description:\n");
        assertThat(d.networks().get("edge").internal()).isFalse();
        assertThat(d.environments()).containsOnlyKeys("dev");
        assertThat(d.services().get("a").description()).isNull();
    }

    @Test
    void terraformDefaultsToDockerWhenThereAreHosts() throws Exception {
        Descriptor d = parse("project: p\nhosts: { h: { cpu: 1, memory: 1Gi } }\nservices: { a: { image: x } }\n");
        assertThat(d.terraform().provider()).isEqualTo(TerraformProvider.DOCKER);
    }

    @Test
    void readsTheSameStructureAsJson(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("infra.json");
        Files.writeString(json, """
                {"project": "p", "services": {"api": {"image": "x", "resources": {"memory": "1Gi", "cpu": 0.5},
                 "dependsOn": ["db"]}, "db": {"image": "pg"}}}
                """);
        Descriptor d = DescriptorLoader.load(json, "infra.json");
        assertThat(d.services().get("api").resources().memory()).isEqualTo(GI);
        assertThat(d.services().get("api").dependsOn()).containsExactly("db");

        Files.writeString(json, "{\"project\": \"p\",\n \"services\": {\"api\": {\"image\": \"x\", \"dependOn\": []}}}");
        assertThatThrownBy(() -> DescriptorLoader.load(json, "infra.json"))
                .hasMessage("infra.json:2:37: unknown field 'dependOn' in services.api; did you mean 'dependsOn'?");
    }

    @Test
    void reportsUnknownFieldsWithTheNearestKnownName() {
        assertThat(problems("project: p\nservices:\n  api:\n    image: x\n    dependOn: [db]\n"))
                .containsExactly("infra.yaml:5:5: unknown field 'dependOn' in services.api; did you mean 'dependsOn'?");
        assertThat(problems("project: p\nservics: {}\n")).containsExactly(
                "infra.yaml:1:1: the descriptor needs 'services': at least one service",
                "infra.yaml:2:1: unknown field 'servics' at the top level; did you mean 'services'?");
    }

    @Test
    void suggestsAUnitForBareMemoryNumbers() {
        assertThat(problems("project: p\nservices:\n  api:\n    image: x\n    resources:\n      memory: 4\n"))
                .containsExactly("infra.yaml:6:15: services.api.resources.memory: size '4' has no unit; did you mean"
                        + " 4Gi? (units: Ki Mi Gi Ti Pi, or k M G T P)");
    }

    @Test
    void acceptsZeroWithoutAUnit() throws Exception {
        Descriptor d = parse("project: p\nservices: { a: { image: x, resources: { vram: 0, memory: 0 } } }\n");
        assertThat(d.services().get("a").resources().vram()).isZero();
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThat(problems("project: p\nservices:\n  a: { image: x }\n  a: { image: y }\n"))
                .containsExactly("infra.yaml:4:3: duplicate key 'a' (first at line 3); keep one of them");
    }

    @Test
    void namesTheFieldOfAWrongType() {
        assertThat(problems("project: p\nservices:\n  a: { image: x, cost: \"25\", replicas: many, stateful: yes1,"
                + " dependsOn: db }\n")).containsExactly(
                "infra.yaml:3:24: services.a.cost must be a number (a monthly amount), not a string ('25')",
                "infra.yaml:3:40: services.a.replicas must be a whole number, not a string ('many')",
                "infra.yaml:3:56: services.a.stateful must be true or false, not a string ('yes1')",
                "infra.yaml:3:73: services.a.dependsOn must be a list ([a, b]), not a string ('db')");
    }

    @Test
    void reportsEveryProblemOfOnePassTogether() {
        List<String> found = problems("""
                project: Acme
                currency: dollars
                hosts:
                  big: { cpu: 8, memory: 32Gi, vram: 8Gi }
                services:
                  API: { image: x }
                  web:
                    kind: manged
                    replicas: { min: 3, max: 2 }
                    ports: ["70000", "80:80"]
                    healthcheck: { interval: 30 }
                    secrets: [db-password]
                    volumes: [data]
                  db: { image: pg, resources: { cpu: -1, memory: 4GB } }
                objectives: { availability: 101, rpo: 5 min }
                decisions:
                  - { title: T, status: acepted, date: 08.01.2026 }
                terraform: { provider: gcp }
                """);
        assertThat(found).containsExactly(
                "infra.yaml:1:10: project 'Acme' is not a valid name: use lower-case letters, digits and '-',"
                        + " starting with a letter, at most 63 characters (e.g. 'acme')",
                "infra.yaml:2:1: currency 'dollars' must be a three-letter code such as USD or EUR",
                "infra.yaml:4:32: hosts.big has vram but no gpu; add 'gpu: nvidia' or 'gpu: amd'",
                "infra.yaml:6:3: services key 'API' is not a valid name: use lower-case letters, digits and '-',"
                        + " starting with a letter, at most 63 characters (e.g. 'api')",
                "infra.yaml:8:5: services.web.kind 'manged' must be one of container, managed; did you mean 'managed'?",
                "infra.yaml:9:5: services.web.replicas min 3 is greater than max 2",
                "infra.yaml:10:13: services.web.ports entry '70000' must be \"CONTAINER\" or \"HOST:CONTAINER\" with"
                        + " ports 1-65535, optionally ending in /tcp or /udp",
                "infra.yaml:11:18: services.web.healthcheck needs 'test': the command that exits 0 when healthy,"
                        + " e.g. 'test: curl -fsS http://localhost/health'",
                "infra.yaml:11:30: services.web.healthcheck.interval '30' needs a unit; did you mean 30s or 30m?",
                "infra.yaml:12:15: services.web.secrets entry 'db-password' must be a variable name such as"
                        + " DATABASE_PASSWORD (letters, digits, '_'); secrets are named, never given values",
                "infra.yaml:13:5: services.web.volumes entry 'data' must be \"NAME:/path\" or \"./host/path:/path\","
                        + " optionally ending in :ro",
                "infra.yaml:14:38: services.db.resources.cpu: cpu must not be negative, got '-1'",
                "infra.yaml:14:50: services.db.resources.memory: unknown unit 'GB' in '4GB'; did you mean 4Gi"
                        + " (binary) or 4G (decimal)? (units: Ki Mi Gi Ti Pi, or k M G T P)",
                "infra.yaml:15:29: objectives.availability: percentage must be within 0..100, got '101'",
                "infra.yaml:15:39: objectives.rpo: expected a duration such as 30s, 5m, 1h, 7d or 1h30m, got '5 min'",
                "infra.yaml:17:17: decisions[0].status 'acepted' must be one of proposed, accepted, rejected,"
                        + " deprecated, superseded; did you mean 'accepted'?",
                "infra.yaml:17:34: decisions[0].date '08.01.2026' must be an ISO date such as 2026-01-08",
                "infra.yaml:18:14: terraform.provider 'gcp' must be one of aws, docker");
    }

    @Test
    void boundsPhaseNumbers() {
        assertThat(problems("project: p\nservices: { a: { image: x, phase: 1000000000 } }\n")).containsExactly(
                "infra.yaml:2:28: services.a.phase 1000000000 is beyond the last possible phase 10000");
    }

    @Test
    void requiresAnImageForContainers() {
        assertThat(problems("project: p\nservices:\n  a: { replicas: 2 }\n  b: { kind: managed, cost: 5 }\n"))
                .containsExactly("infra.yaml:3:6: services.a needs 'image': the container image to run, e.g. 'image:"
                        + " postgres:16' (or set 'kind: managed' for a hosted product)");
    }

    @Test
    void rejectsNegativeMoneyAndBadGpu() {
        assertThat(problems("project: p\nhosts: { h: { cpu: 1, memory: 1Gi, gpu: intel, cost: -5 } }\n"
                + "services: { a: { image: x } }\n")).containsExactly(
                "infra.yaml:2:36: hosts.h.gpu 'intel' must be one of nvidia, amd, none",
                "infra.yaml:2:54: hosts.h.cost must not be negative, got -5");
    }

    @Test
    void rejectsAliasesAndExplicitTags() {
        assertThat(problems("project: p\nservices:\n  a: &x { image: x }\n  b: *x\n"))
                .first().isEqualTo("infra.yaml:4:6: YAML aliases ('*x') are not supported; write the value out");
        assertThat(problems("project: !!java.net.URL p\nservices: { a: { image: x } }\n"))
                .containsExactly("infra.yaml:1:10: explicit YAML tags ('tag:yaml.org,2002:java.net.URL') are not"
                        + " supported; remove the tag");
    }

    @Test
    void reportsSyntaxErrorsWithTheirPosition() {
        assertThat(problems("project: p\nservices:\n\ta: { image: x }\n")).singleElement().asString()
                .startsWith("infra.yaml:3:1: invalid YAML: found character '\\t(TAB)' that cannot start any token");
        assertThat(problems("project: p\nservices: { a: [\n")).singleElement().asString()
                .startsWith("infra.yaml:3:1: invalid YAML:");
    }

    @Test
    void rejectsEmptyAndNonMapDocuments() {
        assertThat(problems("")).containsExactly(
                "infra.yaml: is empty; a descriptor needs at least 'project' and 'services'");
        assertThat(problems("# only a comment\n")).containsExactly(
                "infra.yaml: is empty; a descriptor needs at least 'project' and 'services'");
        assertThat(problems("- a\n- b\n")).containsExactly(
                "infra.yaml:1:1: the descriptor must be a map of fields (project, services, ...), not a list");
    }

    @Test
    void rejectsInvalidUtf8WithThePositionOfTheBadByte() {
        byte[] bytes = "project: p\nservices: { a: { image: \"x\u00e9\" } }\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DescriptorLoader.parse(bytes, "infra.yaml", false))
                .hasMessage("infra.yaml:2:27: is not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void acceptsAByteOrderMark() throws Exception {
        byte[] text = "project: p\nservices: { a: { image: x } }\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertThat(DescriptorLoader.parse(bytes, "infra.yaml", false).project()).isEqualTo("p");
    }

    @Test
    void reportsMissingFilesAndDirectories(@TempDir Path dir) {
        assertThatThrownBy(() -> DescriptorLoader.load(dir.resolve("nope.yaml"), "src/main/infra/nope.yaml"))
                .hasMessage("src/main/infra/nope.yaml: does not exist");
        assertThatThrownBy(() -> DescriptorLoader.load(dir, "src/main/infra"))
                .hasMessage("src/main/infra: is a directory; the descriptor must be a YAML or JSON file");
    }

    @Test
    void limitsNestingDepth() {
        String deep = "project: p\nservices: { a: { image: x } }\ndescription: " + "[".repeat(10_000) + "]".repeat(10_000)
                + "\n";
        assertThat(problems(deep)).singleElement().asString()
                .contains("nesting is deeper than 32 levels");
    }

    @Test
    void refusesOverlongLinesAndScalarsQuickly() {
        assertThat(problems("project: p\nservices: { a: { image: x } }\ndescription: " + "x".repeat(3_000_000)))
                .containsExactly("infra.yaml:3:1: line 3 is longer than 256 KiB; break it up (one-line JSON belongs in"
                        + " a .json file)");
        assertThat(problems("project: p\nservices: { a: { image: x } }\ndescription: |\n"
                + "  xxxxxxxxxxxxxxxxxxx\n".repeat(20_000))).containsExactly(
                "infra.yaml:3:14: value is longer than 256 KiB");
    }

    @Test
    void capsTheNumberOfProblemsReported() {
        StringBuilder yaml = new StringBuilder("project: p\nservices:\n");
        for (int i = 0; i < 150; i++) {
            yaml.append("  s").append(i).append(": { image: x, resources: { memory: 4 } }\n");
        }
        List<String> found = problems(yaml.toString());
        assertThat(found).hasSize(101);
        assertThat(found.get(100)).isEqualTo("infra.yaml: 50 more problems not shown; fix the ones above and run again");
    }

    @Test
    void locatesEveryWrittenPart() throws Exception {
        Descriptor d = parse(resource("full-spec.yaml"));
        assertThat(d.locate("/services/api")).isEqualTo(new Location("infra.yaml", 51, 3));
        assertThat(d.locate("/services/api/dependsOn/1")).isEqualTo(new Location("infra.yaml", 66, 27));
        assertThat(d.locate("/budgets/memory")).isEqualTo(new Location("infra.yaml", 34, 3));
        assertThat(d.locate("/decisions/1/supersedes")).isEqualTo(new Location("infra.yaml", 103, 5));
        assertThat(d.locate("/services/api/nothing/here")).isEqualTo(new Location("infra.yaml", 51, 3));
        assertThat(d.locate("/nowhere")).isEqualTo(new Location("infra.yaml", 1, 1));
    }
}
