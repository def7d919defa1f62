package dev.infraarchitect.build;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.Analyzer;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.load.DescriptorException;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.load.Problem;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Location;
import dev.infraarchitect.plan.PendingChanges;
import dev.infraarchitect.plan.PlanJson;
import dev.infraarchitect.plan.Sarif;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Generator;
import dev.infraarchitect.render.Generators;
import dev.infraarchitect.render.Templates;
import dev.infraarchitect.render.output.Fingerprint;
import dev.infraarchitect.render.output.OutputChanges;
import dev.infraarchitect.render.output.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the goals do, without Maven: load, analyse, write the reports, generate artifacts, and work out what
 * generation would change. One instance serves one request; it keeps no state of its own and nothing static, so
 * modules of a parallel build never share anything.
 */
public final class InfraBuild {

    /** The analysis as JSON, written by {@code validate} and {@code plan} (format: docs/plan-json.md). */
    public static final String PLAN_JSON = "plan.json";
    /** The findings as SARIF 2.1.0, written by {@code validate}. */
    public static final String SARIF = "infra.sarif";

    private final BuildRequest request;
    private final List<Generator> generators;
    private final AnalysisMemo memo;

    /** @throws IllegalArgumentException for a selection of generators {@link Generators#select} rejects */
    public InfraBuild(BuildRequest request) {
        this(request, AnalysisMemo.NONE);
    }

    /**
     * @param memo where analyses are kept for the other goals of the same build
     * @throws IllegalArgumentException for a selection of generators {@link Generators#select} rejects
     */
    public InfraBuild(BuildRequest request, AnalysisMemo memo) {
        this.request = request;
        this.generators = Generators.select(request.generators());
        this.memo = memo;
    }

    /**
     * Loads and analyses the descriptor, or takes the analysis another goal of this build made of the same bytes,
     * file name and options.
     */
    public Analysis loadAndAnalyze() throws DescriptorException, IOException {
        return loadAndAnalyze(descriptorBytes());
    }

    private Analysis loadAndAnalyze(byte[] bytes) throws DescriptorException {
        if (bytes == null) {
            return analyze(load());
        }
        String key = Fingerprint.sha256Hex(bytes) + " " + request.displayName() + " "
                + new TreeMap<>(request.analysisOptions().severities()) + " " + request.analysisOptions().failOnWarning();
        Analysis analysis = memo.get(key);
        if (analysis == null) {
            // these bytes, not a second read of the file: the fingerprint and the memo key describe what is analysed
            analysis = analyze(DescriptorLoader.parse(bytes, request.descriptor(), request.displayName()));
            memo.put(key, analysis);
        }
        return analysis;
    }

    /**
     * The descriptor's bytes, read once for the fingerprint and the memo key; {@code null} when it is no regular file
     * or larger than the loader accepts, so that loading reports why.
     */
    private byte[] descriptorBytes() throws DescriptorException {
        Path file = request.descriptor();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > DescriptorLoader.MAX_DOCUMENT_BYTES) {
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            // a failure to read the descriptor is the descriptor's problem, not one of the output directory
            throw new DescriptorException(new Problem(Location.ofFile(request.displayName()), "cannot be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    public Descriptor load() throws DescriptorException {
        return DescriptorLoader.load(request.descriptor(), request.displayName());
    }

    public Analysis analyze(Descriptor descriptor) {
        return new Analyzer().analyze(descriptor, request.analysisOptions());
    }

    /** Writes {@code plan.json} and {@code infra.sarif} into the output directory. */
    public void writeReports(Analysis analysis) throws IOException {
        writePlanJson(analysis);
        new OutputWriter(request.outputDirectory()).writeReport(new GeneratedFile(SARIF,
                Sarif.write(analysis.findings(), request.displayName(), request.toolVersion())));
    }

    public void writePlanJson(Analysis analysis) throws IOException {
        new OutputWriter(request.outputDirectory()).writeReport(new GeneratedFile(PLAN_JSON, PlanJson.write(analysis)));
    }

    /**
     * Generates the selected artifacts, unless nothing they depend on changed since the last run: then the
     * descriptor is not even parsed. A failure part-way leaves the previous output as it was.
     *
     * @throws dev.infraarchitect.render.output.SharedOutputDirectoryException when the output directory holds the
     *         output of another descriptor (another module or execution configured with the same directory)
     */
    public GenerationResult generate() throws DescriptorException, GenerationRefusedException, IOException {
        OutputWriter writer = outputWriter();
        byte[] bytes = descriptorBytes();
        Fingerprint fingerprint = bytes == null ? null : fingerprint(bytes);
        if (fingerprint != null && writer.isUpToDate(fingerprint)) {
            return GenerationResult.alreadyUpToDate();
        }
        Analysis analysis = loadAndAnalyze(bytes);
        OutputChanges changes = writer.write(render(analysis), fingerprint);
        return new GenerationResult(false, analysis, changes);
    }

    /** The files generation would write for {@code analysis}, sorted by path. */
    public List<GeneratedFile> render(Analysis analysis) throws GenerationRefusedException {
        List<Finding> structural = analysis.structuralErrors();
        if (!structural.isEmpty()) {
            throw new GenerationRefusedException(structural);
        }
        Templates templates = new Templates(request.templateDirectory());
        return Generators.generate(generators, new GenerationContext(analysis, templates));
    }

    /** What {@link #generate()} would add, change and remove now, without writing anything. */
    public PendingChanges pendingChanges(Analysis analysis) throws GenerationRefusedException, IOException {
        OutputChanges changes = outputWriter().changes(render(analysis));
        return new PendingChanges(changes.added(), changes.changed(), changes.removed());
    }

    /** The writer of generated artifacts, which records the descriptor they come from. */
    private OutputWriter outputWriter() {
        return new OutputWriter(request.outputDirectory(), request.descriptor());
    }

    private Fingerprint fingerprint(byte[] descriptor) {
        // the display name is part of the output (file headers name the descriptor), so it is part of the key
        return Fingerprint.of(descriptor, request.templateDirectory(), generators.stream().map(Generator::id).toList(),
                request.toolVersion(), new TreeMap<>(Map.of("descriptor", request.displayName())));
    }
}
