package dev.infraarchitect.benchmark;

import java.util.Random;
import java.util.TreeSet;

/**
 * A large, valid descriptor made up in code with a fixed seed, so every run measures the same input: {@code n}
 * services with about three dependencies each on earlier services (acyclic), two tiers, hosts sized so that every
 * service fits, replica ranges, vram on every tenth service, healthchecks, settings, and two environments.
 *
 * <p>It passes every error rule, so a build of it runs to the end: every third service is a backend that others
 * depend on, with one replica and a port of its own, so that a caller placed on another host reaches it through a
 * published port that no other service binds; every service is on a network that is not internal; stateful services
 * say where their data lives and are clustered when they have several replicas; hosts have addresses.
 */
public final class SyntheticSystem {

    private SyntheticSystem() {
    }

    /** Prints the descriptor for {@code args[0]} services (default 20,000) to standard output. */
    public static void main(String[] args) {
        System.out.print(yaml(args.length > 0 ? Integer.parseInt(args[0]) : 20_000));
        System.out.flush();
    }

    public static String yaml(int services) {
        Random random = new Random(42L + services);
        StringBuilder out = new StringBuilder(services * 320);
        out.append("project: synthetic-").append(services).append('\n');
        int hosts = Math.max(2, services / 400);
        out.append("hosts:\n");
        for (int h = 0; h < hosts; h++) {
            out.append("  host-").append(h).append(": { cpu: 256, memory: 1Ti, vram: 96Gi, gpu: nvidia,")
                    .append(" reserve: { memory: 2Gi }, cost: 400, address: 10.0.")
                    .append(h / 250).append('.').append(h % 250 + 1).append(" }\n");
        }
        out.append("tiers:\n  core: { description: Core services }\n  edge: { cpu: 1000000 }\n");
        out.append("networks:\n  frontend: {}\n  backend: { internal: true }\n");
        out.append("environments:\n  dev: { replicas: 1 }\n  prod: {}\n");
        out.append("pricing: { cpu: 20, memory: 3, vram: 40, storage: 0.1 }\n");
        out.append("objectives: { availability: 99.9, rpo: 5m, rto: 1h }\n");
        out.append("services:\n");
        for (int i = 0; i < services; i++) {
            appendService(out, i, random);
        }
        return out.toString();
    }

    private static void appendService(StringBuilder out, int i, Random random) {
        out.append("  s").append(i).append(":\n");
        out.append("    image: ghcr.io/acme/s").append(i).append(":1.").append(i % 10).append('\n');
        out.append("    tier: ").append(i % 3 == 0 ? "edge" : "core").append('\n');
        out.append("    resources: { cpu: ").append(100 + random.nextInt(400)).append("m, memory: ")
                .append(64 + random.nextInt(448)).append("Mi");
        if (i % 10 == 0) {
            out.append(", vram: ").append(256 + random.nextInt(768)).append("Mi");
        }
        out.append(", storage: 1Gi }\n");
        boolean backend = i % 3 == 0;
        int maxReplicas = backend ? 1 : 1 + random.nextInt(3);
        out.append("    replicas: { min: 1, max: ").append(maxReplicas).append(" }\n");
        if (backend) {
            out.append("    ports: [\"").append(10_000 + i / 3).append("\"]\n");
        }
        out.append("    networks: [").append(i % 2 == 0 ? "frontend, backend" : "frontend").append("]\n");
        if (i > 0) {
            TreeSet<Integer> dependencies = new TreeSet<>();
            int backends = (i - 1) / 3 + 1;
            for (int k = 0; k < 3; k++) {
                dependencies.add(3 * random.nextInt(backends));
            }
            out.append("    dependsOn: [");
            boolean first = true;
            for (int d : dependencies) {
                out.append(first ? "" : ", ").append('s').append(d);
                first = false;
            }
            out.append("]\n");
        }
        out.append("    healthcheck: { test: \"curl -fsS http://localhost:8080/health\", interval: 10s }\n");
        out.append("    environment: { LOG_LEVEL: info, INSTANCE: \"s").append(i).append("\" }\n");
        if (i % 7 == 0) {
            out.append("    stateful: true\n    data: /var/lib/s").append(i).append('\n');
            if (maxReplicas > 1) {
                out.append("    clustered: true\n");
            }
            out.append("    backup: { interval: 1h, retention: 7d, pointInTime: true }\n");
        }
    }
}
