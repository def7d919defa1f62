package dev.infraarchitect.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.plan.PlanReport;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole build (load, analyse, reports, plan, generate with template overrides) opens no connection and resolves
 * no host name, although the descriptor is full of image registries and URLs: a security manager that refuses
 * every network permission watches it. JDK 18 to 23 allow one when started with -Djava.security.manager=allow,
 * which the build sets for them; on JDK 24 and later, which have none, {@link NoNetworkApiTest} keeps the promise.
 */
class NoNetworkTest {

    @TempDir
    Path root;

    @Test
    @SuppressWarnings("removal") // the security manager is the one portable way to watch for network access
    void aWholeBuildTouchesNoNetwork() throws Exception {
        String yaml = BuildFixture.resource("/load/full-spec.yaml").replace("image: postgres:16",
                "image: registry.example.invalid:5000/postgres:16\n    description: see https://example.invalid/");
        Path descriptor = BuildFixture.descriptor(root, yaml);
        Path templates = Files.createDirectories(root.resolve("templates/docs"));
        Files.writeString(templates.resolve("architecture.md.ftl"),
                "# ${project}\n<#list environments as e>${e}\n</#list>", java.nio.charset.StandardCharsets.UTF_8);
        List<Permission> attempts = new CopyOnWriteArrayList<>();
        SecurityManager previous = System.getSecurityManager();
        try {
            System.setSecurityManager(new NetworkRefusingManager(attempts));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "this JDK does not allow a security manager");
        }
        Analysis analysis;
        try {
            InfraBuild build = BuildFixture.build(descriptor, root.resolve("target/infra"), root.resolve("templates"));
            analysis = build.analyze(build.load());
            build.writeReports(analysis);
            new PlanReport().render(analysis, build.pendingChanges(analysis));
            build.generate();
        } finally {
            System.setSecurityManager(previous);
        }
        assertThat(attempts).isEmpty();
        assertThat(analysis.descriptor().services()).containsKey("postgres");
        assertThat(BuildFixture.files(root.resolve("target/infra"))).containsKey("docs/architecture.md");
    }

    /** Allows everything but network access, which it records and refuses. */
    @SuppressWarnings("removal")
    private static final class NetworkRefusingManager extends SecurityManager {

        private final List<Permission> attempts;

        NetworkRefusingManager(List<Permission> attempts) {
            this.attempts = attempts;
        }

        @Override
        public void checkPermission(Permission permission) {
            if (permission instanceof SocketPermission || permission instanceof URLPermission) {
                attempts.add(permission);
                throw new SecurityException("network access during a build: " + permission);
            }
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
            checkPermission(permission);
        }
    }
}
