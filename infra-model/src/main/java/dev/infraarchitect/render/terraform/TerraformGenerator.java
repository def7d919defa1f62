package dev.infraarchitect.render.terraform;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.TerraformProvider;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.Generator;
import dev.infraarchitect.render.Templates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Generates the Terraform skeleton under {@code terraform/}: {@code modules/<module>/} for the chosen provider,
 * {@code environments/<env>/} root modules that call them with per-environment values in terraform.tfvars, and
 * {@code shared/backend.tf} when remote state is configured. HCL is built as a tree and printed in
 * {@code terraform fmt} layout rather than from templates, so alignment is exact; credentials never appear in it.
 */
public final class TerraformGenerator implements Generator {

    public static final String ID = "terraform";
    private static final String ROOT = "terraform/";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<GeneratedFile> generate(Analysis analysis, Templates templates) {
        List<GeneratedFile> files = new ArrayList<>();
        pieces(analysis, templates).forEach(piece -> files.addAll(piece.get()));
        files.sort(Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
    }

    /** The modules (one piece per host for Docker), the root files all environments share, and each environment's values. */
    @Override
    public List<Supplier<List<GeneratedFile>>> pieces(Analysis analysis, Templates templates) {
        Descriptor descriptor = analysis.descriptor();
        Skeleton skeleton = descriptor.terraform().provider() == TerraformProvider.AWS
                ? new AwsSkeleton(analysis) : new DockerSkeleton(analysis);
        StateBackend backend = new StateBackend(descriptor);
        List<Supplier<List<GeneratedFile>>> pieces = new ArrayList<>();
        for (Supplier<SortedMap<String, String>> modules : skeleton.modulePieces()) {
            pieces.add(() -> {
                SortedMap<String, String> files = new TreeMap<>();
                modules.get().forEach((path, text) -> files.put(ROOT + "modules/" + path, text));
                return files(files);
            });
        }
        if (backend.configured()) {
            pieces.add(() -> List.of(GeneratedFile.text(ROOT + "shared/backend.tf", backend.sharedFile())));
        }
        pieces.add(() -> {
            SortedMap<String, String> files = new TreeMap<>();
            String main = skeleton.rootMain();
            String variables = Variable.file(skeleton.rootVariables());
            String outputs = Output.file(skeleton.rootOutputs());
            for (String environment : descriptor.environments().keySet()) {
                String dir = ROOT + "environments/" + environment + "/";
                files.put(dir + "main.tf", main);
                files.put(dir + "variables.tf", variables);
                files.put(dir + "outputs.tf", outputs);
                files.put(dir + "terraform.tf", backend.settingsFile(environment, skeleton.provider(),
                        skeleton.providerSource(), skeleton.providerVersion()));
            }
            return files(files);
        });
        for (String environment : descriptor.environments().keySet()) {
            pieces.add(() -> {
                HclBody tfvars = new HclBody();
                tfvars.attribute("environment", HclExpression.string(environment));
                skeleton.environmentValues(environment, tfvars);
                return List.of(GeneratedFile.text(ROOT + "environments/" + environment + "/terraform.tfvars",
                        HclWriter.file(tfvars)));
            });
        }
        return pieces;
    }

    private static List<GeneratedFile> files(SortedMap<String, String> files) {
        return files.entrySet().stream().map(TerraformGenerator::file).toList();
    }

    private static GeneratedFile file(Map.Entry<String, String> entry) {
        return GeneratedFile.text(entry.getKey(), entry.getValue());
    }
}
