package dev.infraarchitect.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.plan.PlanReport;
import dev.infraarchitect.load.DescriptorException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credential rule: a value that certainly is a secret token (by its shape) is refused where it is written and
 * reaches no file; a literal value under a credential-looking key is written as written, never rewritten, and the
 * warning names the key and says what to do; neither value appears in the reports, the findings or the plan.
 */
class SecretsNeverWrittenTest {

    private static final String PRIVATE_KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

    @TempDir
    Path root;

    @Test
    void aSecretTokenIsRefusedAtItsPositionWithoutQuotingIt() throws Exception {
        String yaml = """
                project: leaky
                services:
                  api:
                    image: ghcr.io/acme/api:1.0
                    environment:
                      AWS_KEY_ID: AKIAIOSFODNN7EXAMPLE
                      SESSION: %s
                      GH: ghp_0123456789abcdefghijABCDEFGHIJ012345
                      TLS_KEY: |
                        -----BEGIN RSA PRIVATE KEY-----
                        %s
                        -----END RSA PRIVATE KEY-----
                """.formatted(JWT, PRIVATE_KEY_BODY);
        Path output = root.resolve("target/infra");
        InfraBuild build = BuildFixture.build(BuildFixture.descriptor(root, yaml), output, null);
        DescriptorException refused = org.junit.jupiter.api.Assertions.assertThrows(DescriptorException.class,
                build::load);
        List<String> problems = refused.problems().stream().map(Object::toString).toList();
        assertThat(problems).hasSize(4)
                .anySatisfy(p -> assertThat(p).contains(":6:").contains("AWS_KEY_ID, whose value looks like an AWS"
                        + " access key id, is refused").contains("AWS_KEY_ID: ${AWS_KEY_ID}"))
                .anySatisfy(p -> assertThat(p).contains(":7:").contains("SESSION, whose value looks like a JSON"
                        + " Web Token"))
                .anySatisfy(p -> assertThat(p).contains(":8:").contains("GH, whose value looks like a GitHub token"))
                .anySatisfy(p -> assertThat(p).contains("TLS_KEY, whose value looks like a private key"));
        for (String value : List.of("AKIAIOSFODNN7EXAMPLE", JWT, "ghp_0123456789", PRIVATE_KEY_BODY)) {
            assertThat(problems).noneMatch(p -> p.contains(value));
        }
        assertThat(output).doesNotExist();
    }

    @Test
    void aLiteralCredentialIsWrittenAsWrittenAndWarnedAboutButNeverReported() throws Exception {
        String yaml = """
                project: leaky
                environments: { dev: { replicas: 1 }, prod: {} }
                variables:
                  POSTGRES_PASSWORD: { secret: true, required: true }
                services:
                  api:
                    image: ghcr.io/acme/api:1.0
                    ports: ["8080:8080"]
                    secrets: [DATABASE_PASSWORD, STRIPE_TOKEN]
                    environment:
                      LOG_LEVEL: info
                      DB_PASSWORD: hunter2-correct-horse
                      STRIPE_API_KEY: sk-live-0123456789abcdef
                      DB_PASS: ${POSTGRES_PASSWORD}
                  db: { image: postgres:16, stateful: true, environment: { POSTGRES_PASSWORD: s3cr3t-pg-pass } }
                decisions:
                  - { title: Keep secrets out, status: accepted, date: 2026-01-08 }
                terraform: { provider: aws, region: eu-west-1 }
                """;
        Path output = root.resolve("target/infra");
        InfraBuild build = BuildFixture.build(BuildFixture.descriptor(root, yaml), output, null);

        Analysis analysis = build.analyze(build.load());
        build.writeReports(analysis);
        build.generate();
        String plan = String.join("\n", new PlanReport().render(analysis, build.pendingChanges(analysis)));

        SortedMap<String, byte[]> written = BuildFixture.files(output);
        assertThat(written.keySet()).contains("plan.json", "infra.sarif", "adr/0001-keep-secrets-out.md")
                .anyMatch(p -> p.startsWith("compose/")).anyMatch(p -> p.startsWith("terraform/"));
        String compose = new String(written.get("compose/prod/compose.yaml"), StandardCharsets.UTF_8);
        assertThat(compose).contains("DB_PASSWORD: \"hunter2-correct-horse\"")
                .contains("DB_PASS: \"${POSTGRES_PASSWORD}\"");
        for (String value : List.of("hunter2-correct-horse", "sk-live-0123456789abcdef", "s3cr3t-pg-pass")) {
            for (String report : List.of("plan.json", "infra.sarif")) {
                assertThat(new String(written.get(report), StandardCharsets.UTF_8)).as("%s in %s", value, report)
                        .doesNotContain(value);
            }
            written.forEach((path, bytes) -> {
                if (path.startsWith("terraform/") || path.startsWith("docs/") || path.startsWith("adr/")) {
                    assertThat(new String(bytes, StandardCharsets.UTF_8)).as("%s in %s", value, path)
                            .doesNotContain(value);
                }
            });
            assertThat(plan).doesNotContain(value);
            assertThat(analysis.findings()).extracting(Finding::message).noneMatch(m -> m.contains(value));
        }
        List<String> warnings = analysis.findings().stream()
                .filter(f -> f.rule().equals("credential-in-environment")).map(Finding::message).toList();
        assertThat(warnings).containsExactlyInAnyOrder(
                "service api sets environment DB_PASSWORD, whose name suggests a credential, as written; reference a"
                        + " variable: DB_PASSWORD: ${DB_PASSWORD} (declared with secret: true), or move it to secrets",
                "service api sets environment STRIPE_API_KEY, whose name suggests a credential, as written; reference"
                        + " a variable: STRIPE_API_KEY: ${STRIPE_API_KEY} (declared with secret: true), or move it to"
                        + " secrets",
                "service db sets environment POSTGRES_PASSWORD, whose name suggests a credential, as written;"
                        + " reference a variable: POSTGRES_PASSWORD: ${POSTGRES_PASSWORD} (declared with secret: true),"
                        + " or move it to secrets");
    }
}
