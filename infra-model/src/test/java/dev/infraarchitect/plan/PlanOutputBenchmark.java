package dev.infraarchitect.plan;

import dev.infraarchitect.analysis.Analysis;

/**
 * Times the report, plan.json and SARIF for a generated system (20,000 services by default). Not a test: run it
 * from the test class path, {@code java dev.infraarchitect.plan.PlanOutputBenchmark [services]}.
 */
public final class PlanOutputBenchmark {

    private PlanOutputBenchmark() {
    }

    public static void main(String[] args) {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Analysis analysis = SyntheticSystem.of(services, 200, 4, 100);
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            int lines = new PlanReport().render(analysis).size();
            long t1 = System.nanoTime();
            int json = PlanJson.write(analysis).length;
            long t2 = System.nanoTime();
            int sarif = Sarif.write(analysis.findings(), "infra.yaml", "0").length;
            long t3 = System.nanoTime();
            System.out.printf("round %d: report %d lines %d ms, plan.json %d bytes %d ms, sarif %d bytes %d ms%n",
                    round, lines, (t1 - t0) / 1_000_000, json, (t2 - t1) / 1_000_000, sarif, (t3 - t2) / 1_000_000);
        }
    }
}
