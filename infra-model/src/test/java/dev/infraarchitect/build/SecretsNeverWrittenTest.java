package dev.infraarchitect.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.plan.PlanReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credential-looking environment values (by key or by shape) never reach any file the build writes, the reports
 * or the printed plan; the advice warning names each key instead.
 */
class SecretsNeverWrittenTest {

    private static final String PRIVATE_KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

    /** Key, value, and the text of the value that must appear nowhere. */
    private static final Map<String, String> SECRET_VALUES = Map.of(
            "DB_PASSWORD", "hunter2-correct-horse",
            "STRIPE_API_KEY", "sk-live-0123456789abcdef",
            "AWS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
            "SESSION", JWT,
            "GH", "ghp_0123456789abcdefghijABCDEFGHIJ012345",
            "TLS_KEY", PRIVATE_KEY_BODY);

    @TempDir
    Path root;

    @Test
    void noCredentialValueAppearsInAnyOutputAndTheWarningNamesTheKey() throws Exception {
        String yaml = """
                project: leaky
                environments: { dev: { replicas: 1 }, prod: {} }
                services:
                  api:
                    image: ghcr.io/acme/api:1.0
                    ports: ["8080:8080"]
                    secrets: [DATABASE_PASSWORD, STRIPE_TOKEN]
                    environment:
                      LOG_LEVEL: info
                      DB_PASSWORD: hunter2-correct-horse
                      STRIPE_API_KEY: sk-live-0123456789abcdef
                      AWS_KEY_ID: AKIAIOSFODNN7EXAMPLE
                      SESSION: %s
                      GH: ghp_0123456789abcdefghijABCDEFGHIJ012345
                      TLS_KEY: |
                        -----BEGIN RSA PRIVATE KEY-----
                        %s
                        -----END RSA PRIVATE KEY-----
                  db: { image: postgres:16, stateful: true, environment: { POSTGRES_PASSWORD: s3cr3t-pg-pass } }
                decisions:
                  - { title: Keep secrets out, status: accepted, date: 2026-01-08 }
                terraform: { provider: aws, region: eu-west-1 }
                """.formatted(JWT, PRIVATE_KEY_BODY);
        Path output = root.resolve("target/infra");
        InfraBuild build = BuildFixture.build(BuildFixture.descriptor(root, yaml), output, null);

        Analysis analysis = build.analyze(build.load());
        build.writeReports(analysis);
        build.generate();
        String plan = String.join("\n", new PlanReport().render(analysis, build.pendingChanges(analysis)));

        SortedMap<String, byte[]> written = BuildFixture.files(output);
        assertThat(written.keySet()).contains("plan.json", "infra.sarif", "adr/0001-keep-secrets-out.md")
                .anyMatch(p -> p.startsWith("compose/")).anyMatch(p -> p.startsWith("terraform/"))
                .anyMatch(p -> p.startsWith("docs/"));
        Map<String, String> values = new java.util.TreeMap<>(SECRET_VALUES);
        values.put("POSTGRES_PASSWORD", "s3cr3t-pg-pass");
        for (Map.Entry<String, String> secret : values.entrySet()) {
            for (Map.Entry<String, byte[]> file : written.entrySet()) {
                assertThat(new String(file.getValue(), StandardCharsets.UTF_8))
                        .as("%s in %s", secret.getKey(), file.getKey()).doesNotContain(secret.getValue());
            }
            assertThat(plan).as("%s in the plan", secret.getKey()).doesNotContain(secret.getValue());
            assertThat(analysis.findings()).extracting(Finding::message)
                    .as("%s in the findings", secret.getKey()).noneMatch(m -> m.contains(secret.getValue()));
        }
        List<String> warnings = analysis.findings().stream()
                .filter(f -> f.rule().equals("credential-in-environment")).map(Finding::message).toList();
        assertThat(warnings).containsExactlyInAnyOrder(
                "service api sets environment AWS_KEY_ID, whose value looks like an AWS access key id; move it to"
                        + " secrets",
                "service api sets environment DB_PASSWORD, whose name suggests a credential; move it to secrets",
                "service api sets environment GH, whose value looks like a GitHub token; move it to secrets",
                "service api sets environment SESSION, whose value looks like a JSON Web Token; move it to secrets",
                "service api sets environment STRIPE_API_KEY, whose name suggests a credential; move it to secrets",
                "service api sets environment TLS_KEY, whose value looks like a private key; move it to secrets",
                "service db sets environment POSTGRES_PASSWORD, whose name suggests a credential; move it to"
                        + " secrets");
        assertThat(plan).contains("DB_PASSWORD", "AWS_KEY_ID");
    }
}
