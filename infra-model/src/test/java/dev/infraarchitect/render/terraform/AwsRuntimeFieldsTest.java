package dev.infraarchitect.render.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.render.GenerationContext;
import org.junit.jupiter.api.Test;

/** The process of a container in its ECS task definition. */
class AwsRuntimeFieldsTest {

    @Test
    void entrypointCommandWorkingDirectoryUserAndHealthcheckReachTheTaskDefinition() {
        String all = Fixtures.concatenated(new TerraformGenerator().generate(GenerationContext.of(Fixtures.analysis("""
                project: shop
                services:
                  api:
                    image: ghcr.io/acme/api:1.4
                    entrypoint: ["/bin/sh", "-c"]
                    command: gunicorn app:app --workers 2
                    workingDir: /srv
                    user: "1000"
                    resources: { cpu: 0.5, memory: 1Gi }
                    healthcheck: { test: ["CMD", "curl", "-f", "http://localhost:8000"] }
                terraform: { provider: aws, region: eu-west-1 }
                """)))).replaceAll(" +", " ");
        assertThat(all).contains("entryPoint = [\"/bin/sh\", \"-c\"]")
                .contains("command = [\"gunicorn\", \"app:app\", \"--workers\", \"2\"]")
                .contains("workingDirectory = \"/srv\"").contains("user = \"1000\"")
                .contains("command = [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000\"]");
    }
}
