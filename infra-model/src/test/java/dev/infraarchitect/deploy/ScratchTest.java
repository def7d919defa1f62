package dev.infraarchitect.deploy;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void show() {
        for (String name : DeployedSystem.exampleNames()) {
            DeployedSystem s = DeployedSystem.example(name);
            System.out.println("== " + name);
            s.analysis().findings().forEach(f -> System.out.println("  " + f.severity() + " [" + f.rule() + "] " + f.describe()));
            if (name.equals("load-balanced-web")) {
                s.files().forEach((p, f) -> { if (p.contains("docker") || p.startsWith("compose")) System.out.println("--- " + p + "\n" + f.text()); });
                System.out.println(DeployedSystem.hclTree(s.files().values().stream().filter(f -> f.path().endsWith("node-b/main.tf")).findFirst().get()));
            }
        }
    }
}
