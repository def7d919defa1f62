package dev.infraarchitect.build;

import dev.infraarchitect.analysis.AnalysisOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a goal is asked to do, in core terms: which descriptor (and how messages name it), where artifacts
 * go, which generators with which template overrides, how to judge findings, and the tool version recorded in
 * reports and fingerprints.
 *
 * @param descriptor        the descriptor file
 * @param displayName       how messages name it, e.g. {@code src/main/infra/infra.yaml}
 * @param outputDirectory   where artifacts and reports are written
 * @param templateDirectory templates that replace the built-in ones of the same name, or {@code null}
 * @param generators        generator ids as configured, each one id or a comma-separated list; checked by
 *                          {@link dev.infraarchitect.render.Generators#select}
 * @param analysisOptions   severity overrides (checked when made) and {@code failOnWarning}
 * @param toolVersion       the plugin's version
 */
public record BuildRequest(Path descriptor, String displayName, Path outputDirectory, Path templateDirectory,
        List<String> generators, AnalysisOptions analysisOptions, String toolVersion) {

    public BuildRequest {
        generators = List.copyOf(generators);
    }
}
