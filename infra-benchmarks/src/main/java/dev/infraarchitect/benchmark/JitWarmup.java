package dev.infraarchitect.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warm-up that lasts until the JIT compiler is quiet, not for a fixed number of runs. A 20,000-service pipeline runs
 * so much code that on two cores the C2 compiler thread keeps compiling (and recompiling after deoptimisation) for
 * about fifteen pipelines: a run measured earlier shares its cores with a second or more of compilation and measures
 * the compiler as much as the plugin. The bare parse, a fraction of the code, is quiet after a run or two.
 *
 * <p>A round counts as quiet when the compilers spent less than {@value #QUIET_PERCENT}% of its wall time compiling;
 * warm-up ends after {@value #QUIET_ROUNDS} quiet rounds in a row, at least {@code minimum} rounds and at most
 * {@code maximum}.
 */
final class JitWarmup {

    static final int QUIET_PERCENT = 2;
    static final int QUIET_ROUNDS = 2;

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private JitWarmup() {
    }

    /** What a warm-up did: its rounds, and whether it ended because the compiler was quiet. */
    record Result(int rounds, boolean quiet) {

        String describe() {
            return rounds + " warm-up runs" + (quiet ? " (until the JIT compiler was quiet)"
                    : monitored() ? " (the JIT compiler was still busy at the limit)" : " (JIT time not available)");
        }
    }

    /** Runs {@code round} until the compiler is quiet; without compilation-time monitoring, {@code minimum} times. */
    static Result run(int minimum, int maximum, Runnable round) {
        int quietInARow = 0;
        int rounds = 0;
        while (rounds < minimum || (monitored() && quietInARow < QUIET_ROUNDS && rounds < maximum)) {
            long compiling = compilingMillis();
            long start = System.nanoTime();
            round.run();
            long wallMillis = (System.nanoTime() - start) / 1_000_000;
            quietInARow = (compilingMillis() - compiling) * 100 < wallMillis * QUIET_PERCENT ? quietInARow + 1 : 0;
            rounds++;
        }
        return new Result(rounds, monitored() && quietInARow >= QUIET_ROUNDS);
    }

    /** Milliseconds all JIT compiler threads have spent compiling so far; 0 when the JVM does not tell. */
    static long compilingMillis() {
        return monitored() ? JIT.getTotalCompilationTime() : 0;
    }

    static boolean monitored() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported();
    }
}
