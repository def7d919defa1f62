package dev.infraarchitect.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.load.DescriptorLoader;
import org.junit.jupiter.api.Test;

class DescriptorSummaryTest {

    @Test
    void countsKindsHostsAndEnvironmentsInNameOrder() throws Exception {
        var descriptor = DescriptorLoader.parse("""
                project: acme
                hosts:
                  b: { cpu: 4, memory: 8Gi }
                  a: { cpu: 4, memory: 8Gi }
                environments: { staging: {}, dev: {}, prod: {} }
                services:
                  api: { image: api:1 }
                  worker: { image: worker:1 }
                  db: { kind: managed, cost: 10 }
                  cache: { kind: managed, cost: 5 }
                """, "infra.yaml");

        assertThat(DescriptorSummary.of(descriptor))
                .isEqualTo("acme: 4 services (2 container, 2 managed), 2 hosts, 3 environments (dev, prod, staging)");
    }

    @Test
    void singularCountsAndTheDefaultEnvironment() throws Exception {
        var descriptor = DescriptorLoader.parse("""
                project: tiny
                services:
                  api: { image: api:1 }
                """, "infra.yaml");

        assertThat(DescriptorSummary.of(descriptor))
                .isEqualTo("tiny: 1 service (1 container, 0 managed), 0 hosts, 1 environment (prod)");
    }
}
