package dev.infraarchitect.analysis.advice;

import static dev.infraarchitect.analysis.TestDescriptors.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AdviceRulesTest {

    private static List<String> messages(AdviceRule rule, String... lines) {
        return findings(rule, lines).stream().map(Finding::message).toList();
    }

    private static List<Finding> findings(AdviceRule rule, String... lines) {
        return rule.check(AdviceContext.of(yaml(lines)));
    }

    @Test
    void catalogueHasStableIdsAndWarnsByDefault() {
        assertThat(AdviceRules.ids()).containsExactly("backup-exceeds-rpo", "credential-in-environment",
                "cross-host-without-address", "dependency-without-healthcheck", "single-replica-in-prod",
                "stateful-without-backup", "unreachable-published-port", "vram-beyond-one-gpu");
        assertThat(AdviceRules.ALL).allSatisfy(rule -> {
            assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
            assertThat(rule.description()).isNotBlank();
            assertThat(AdviceRules.byId(rule.id())).containsSame(rule);
        });
    }

    @Nested
    class StatefulWithoutBackupRule {

        @Test
        void fires() {
            List<Finding> findings = findings(new StatefulWithoutBackup(),
                    "project: shop",
                    "services:",
                    "  db:",
                    "    image: postgres:16",
                    "    stateful: true");
            assertThat(findings).extracting(Finding::message).containsExactly(
                    "service db is stateful but has no backup; add backup: { interval: ..., retention: ... }");
            assertThat(findings.get(0).services()).containsExactly("db");
            assertThat(findings.get(0).location().line()).isEqualTo(5);
        }

        @Test
        void doesNotFireWithABackupOrWhenStateless() {
            assertThat(messages(new StatefulWithoutBackup(),
                    "project: shop",
                    "services:",
                    "  db: { image: x:1, stateful: true, backup: { interval: 1h } }",
                    "  api: { image: x:1 }")).isEmpty();
        }
    }

    @Nested
    class BackupExceedsRpoRule {

        @Test
        void fires() {
            assertThat(messages(new BackupExceedsRpo(),
                    "project: shop",
                    "objectives: { rpo: 5m }",
                    "services:",
                    "  db: { image: x:1, stateful: true, backup: { interval: 2h, retention: 30d } }"))
                    .containsExactly("service db is backed up every 2h, longer than objectives.rpo 5m; back up more"
                            + " often or use pointInTime: true");
        }

        @Test
        void doesNotFireWithPointInTimeOrShortIntervalsOrWithoutRpo() {
            assertThat(messages(new BackupExceedsRpo(),
                    "project: shop",
                    "objectives: { rpo: 5m }",
                    "services:",
                    "  a: { image: x:1, backup: { interval: 2h, pointInTime: true } }",
                    "  b: { image: x:1, backup: { interval: 5m } }")).isEmpty();
            assertThat(messages(new BackupExceedsRpo(),
                    "project: shop",
                    "services:",
                    "  a: { image: x:1, backup: { interval: 2h } }")).isEmpty();
        }
    }

    @Nested
    class UnreachablePublishedPortRule {

        @Test
        void firesWhenEveryNetworkIsInternal() {
            List<Finding> findings = findings(new UnreachablePublishedPort(),
                    "project: shop",
                    "networks:",
                    "  backend: { internal: true }",
                    "  data: { internal: true }",
                    "services:",
                    "  api:",
                    "    image: x:1",
                    "    ports: [\"9000\", \"8080:80\"]",
                    "    networks: [backend, data]");
            assertThat(findings).extracting(Finding::message).containsExactly("service api publishes port 8080:80"
                    + " but is attached only to internal networks (backend, data); nothing outside can reach it: add a"
                    + " non-internal network or drop the host port");
            assertThat(findings.get(0).location().line()).isEqualTo(8);
        }

        @Test
        void doesNotFireForABridgingProxyTheDefaultNetworkOrUnpublishedPorts() {
            assertThat(messages(new UnreachablePublishedPort(),
                    "project: shop",
                    "networks:",
                    "  backend: { internal: true }",
                    "  frontend: {}",
                    "services:",
                    "  proxy: { image: x:1, ports: [\"443:443\"], networks: [frontend, backend] }",
                    "  plain: { image: x:1, ports: [\"80:80\"] }",
                    "  inner: { image: x:1, ports: [\"5432\"], networks: [backend] }")).isEmpty();
        }
    }

    @Nested
    class DependencyWithoutHealthcheckRule {

        @Test
        void firesForAContainerOthersDependOn() {
            assertThat(messages(new DependencyWithoutHealthcheck(),
                    "project: shop",
                    "services:",
                    "  db: { image: x:1 }",
                    "  api: { image: x:1, dependsOn: [db] }",
                    "  worker: { image: x:1, dependsOn: [db, api] }"))
                    .containsExactly(
                            "service api has no healthcheck but worker depends on it; add a healthcheck so they can"
                                    + " wait until it is ready",
                            "service db has no healthcheck but api, worker depend on it; add a healthcheck so they"
                                    + " can wait until it is ready");
        }

        @Test
        void doesNotFireWithAHealthcheckForManagedServicesOrWithoutDependents() {
            assertThat(messages(new DependencyWithoutHealthcheck(),
                    "project: shop",
                    "services:",
                    "  db: { image: x:1, healthcheck: { test: pg_isready } }",
                    "  saas: { kind: managed }",
                    "  api: { image: x:1, dependsOn: [db, saas] }",
                    "  loop: { image: x:1, dependsOn: [loop] }")).isEmpty();
        }

        @Test
        void doesNotFireForAJobItsDependentsWaitToComplete() {
            assertThat(messages(new DependencyWithoutHealthcheck(),
                    "project: shop",
                    "services:",
                    "  migrate: { kind: job, image: x:1 }",
                    "  api: { image: x:1, healthcheck: { test: x }, dependsOn: [migrate] }",
                    "  worker: { image: x:1, dependsOn: [{ service: migrate, condition: completed }] }")).isEmpty();
        }

        @Test
        void firesForAJobOnlyNamingTheDependentsThatDoNotWaitForItToComplete() {
            assertThat(messages(new DependencyWithoutHealthcheck(),
                    "project: shop",
                    "services:",
                    "  seed: { kind: job, image: x:1 }",
                    "  api: { image: x:1, healthcheck: { test: x }, dependsOn: [seed] }",
                    "  worker: { image: x:1, dependsOn: [{ service: seed, condition: started }] }"))
                    .containsExactly("service seed has no healthcheck but worker depends on it; add a healthcheck so"
                            + " they can wait until it is ready, or let them wait for it to complete (condition:"
                            + " completed)");
        }
    }

    @Nested
    class SingleReplicaInProdRule {

        @Test
        void firesForStatefulOrDependedOnSingleReplicas() {
            assertThat(messages(new SingleReplicaInProd(),
                    "project: shop",
                    "objectives: { availability: 99.95 }",
                    "environments:",
                    "  prod: { replicas: 1 }",
                    "services:",
                    "  db: { image: x:1, stateful: true, replicas: 3 }",
                    "  cache: { image: x:1 }",
                    "  api: { image: x:1, dependsOn: [cache], replicas: 2 }"))
                    .containsExactly(
                            "service cache runs a single replica in prod although it is depended on and"
                                    + " objectives.availability is 99.95%; run at least 2 replicas",
                            "service db runs a single replica in prod although it is stateful and"
                                    + " objectives.availability is 99.95%; more replicas would be independent"
                                    + " copies of its data: set up replication in the software and add"
                                    + " 'clustered: true' with at least 2 replicas, or use a managed service");
        }

        @Test
        void advisesReplicasForAClusteredStatefulService() {
            assertThat(messages(new SingleReplicaInProd(),
                    "project: shop",
                    "objectives: { availability: 99.95 }",
                    "services:",
                    "  db: { image: x:1, stateful: true, clustered: true }"))
                    .containsExactly("service db runs a single replica in prod although it is stateful and"
                            + " objectives.availability is 99.95%; run at least 2 replicas");
        }

        @Test
        void doesNotFireBelowThreeNinesOutsideProdWithReplicasOrForManaged() {
            String[] services = {
                "services:",
                "  db: { image: x:1, stateful: true, replicas: { min: 1, max: 2 } }",
                "  saas: { kind: managed, stateful: true }",
                "  api: { image: x:1 }"};
            assertThat(messages(new SingleReplicaInProd(), concat(new String[] {
                "project: shop", "objectives: { availability: 99.9 }"}, services))).isEmpty();
            assertThat(messages(new SingleReplicaInProd(), concat(new String[] {
                "project: shop", "objectives: { availability: 99.5 }",
                "services:", "  db: { image: x:1, stateful: true }"}))).isEmpty();
            assertThat(messages(new SingleReplicaInProd(), concat(new String[] {
                "project: shop", "objectives: { availability: 99.99 }", "environments:", "  live: {}",
                "services:", "  db: { image: x:1, stateful: true }"}))).isEmpty();
        }
    }

    @Nested
    class CredentialInEnvironmentRule {

        @Test
        void firesOnLiteralCredentialsWithoutShowingValuesButNotOnReferences() {
            List<Finding> findings = findings(new CredentialInEnvironment(),
                    "project: shop",
                    "variables: { PG_PASSWORD: { secret: true } }",
                    "services:",
                    "  api:",
                    "    image: x:1",
                    "    environment:",
                    "      DB_PASSWORD: hunter2",
                    "      github-token: abc",
                    "      DB_PASS: ${PG_PASSWORD}");
            assertThat(findings).extracting(Finding::message).containsExactly(
                    "service api sets environment DB_PASSWORD, whose name suggests a credential, as written;"
                            + " reference a variable: DB_PASSWORD: ${DB_PASSWORD} (declared with secret: true), or"
                            + " move it to secrets",
                    "service api sets environment github-token, whose name suggests a credential, as written;"
                            + " reference a variable: github-token: ${github_token} (declared with secret: true), or"
                            + " move it to secrets");
            assertThat(findings).extracting(Finding::message).noneMatch(m -> m.contains("hunter2")
                    || m.contains("abc"));
            assertThat(findings.get(0).location().line()).isEqualTo(7);
        }

        @Test
        void doesNotFireOnPlainSettingsOrSecretFilePaths() {
            assertThat(messages(new CredentialInEnvironment(),
                    "project: shop",
                    "services:",
                    "  api:",
                    "    image: x:1",
                    "    environment:",
                    "      LOG_LEVEL: info",
                    "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password",
                    "      KEYCLOAK_URL: https://auth.example.com",
                    "      REGION: XAKIAIOSFODNN7EXAMPLEX")).isEmpty();
        }
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
