package dev.infraarchitect.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Runs independent pieces of one build step side by side, on at most one thread per processor, the calling thread
 * taking part; results come back in the order of the inputs, so callers stay deterministic.
 *
 * <p>Threads are made per call rather than borrowed from a shared pool: they inherit the caller's context class
 * loader (a Maven plugin's realm), and a reactor building modules in parallel cannot starve a pool it does not
 * know. Making a thread costs tens of microseconds, nothing beside the work it is used for.
 */
public final class SideBySide {

    private SideBySide() {
    }

    /**
     * {@code work} applied to each of {@code inputs}. When pieces fail, the failure of the first failing input in
     * order is thrown, unchanged, as a serial run would throw it; the other pieces still run to their end.
     */
    public static <T, R> List<R> map(List<T> inputs, Function<? super T, ? extends R> work) {
        int threads = Math.min(inputs.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<R> results = new ArrayList<>(inputs.size());
            inputs.forEach(input -> results.add(work.apply(input)));
            return results;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReferenceArray<Object> outcomes = new AtomicReferenceArray<>(inputs.size());
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
                try {
                    outcomes.set(i, new Success(work.apply(inputs.get(i))));
                } catch (RuntimeException | Error e) {
                    outcomes.set(i, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(worker, "infra-architect-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        joinAll(helpers);
        List<R> results = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Object outcome = outcomes.get(i);
            if (outcome instanceof RuntimeException e) {
                throw e;
            }
            if (outcome instanceof Error e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            R result = (R) ((Success) outcome).value();
            results.add(result);
        }
        return results;
    }

    /** A result, boxed so that a null result is told apart from a piece that failed. */
    private record Success(Object value) {
    }

    /** Waits for every helper; an interrupt is kept for the caller to see, the helpers finish what they hold. */
    private static void joinAll(List<Thread> helpers) {
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
