package dev.infraarchitect.benchmark;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.AnalysisOptions;
import dev.infraarchitect.analysis.Analyzer;
import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Generators;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What a build does with a descriptor, in memory and without Maven: load, analyse, then run every generator with the
 * built-in templates. Writing files is left out so that the disk does not blur the measurement.
 */
final class Pipeline {

    static final String DISPLAY_NAME = "infra.yaml";

    private Pipeline() {
    }

    static Descriptor load(String text) {
        try {
            return DescriptorLoader.parse(text, DISPLAY_NAME);
        } catch (DescriptorException e) {
            throw new IllegalStateException("synthetic descriptor does not load: " + e.getMessage(), e);
        }
    }

    static Analysis analyze(Descriptor descriptor) {
        return new Analyzer().analyze(descriptor, AnalysisOptions.DEFAULTS);
    }

    static List<GeneratedFile> generate(Analysis analysis, List<String> generatorIds) {
        return Generators.generate(Generators.select(generatorIds), GenerationContext.of(analysis));
    }

    /**
     * CPU time of the whole JVM (all threads, GC included). On a shared machine it varies far less than wall time,
     * because waiting for a core is not counted.
     */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The whole run; returns the number of bytes generated so the work cannot be optimised away. */
    static long run(String text) {
        List<GeneratedFile> files = generate(analyze(load(text)), Generators.everyOutput());
        long bytes = 0;
        for (GeneratedFile file : files) {
            bytes += file.size();
        }
        return bytes;
    }
}
