package dev.infraarchitect.render.terraform;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.TerraformProvider;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.Generator;
import dev.infraarchitect.render.Lookups;
import dev.infraarchitect.render.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
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
        return Generator.serially(pieces(analysis, templates));
    }

    /**
     * The root files all environments share, each environment's values, then the modules (a piece per host for Docker):
     * the root pieces cover every service and are the largest, so they start first.
     */
    @Override
    public List<Supplier<List<GeneratedFile>>> pieces(Analysis analysis, Templates templates) {
        return pieces(analysis, templates, Lookups.of(analysis));
    }

    @Override
    public List<Supplier<List<GeneratedFile>>> pieces(Analysis analysis, Templates templates, Lookups lookups) {
        Descriptor descriptor = analysis.descriptor();
        Skeleton skeleton = descriptor.terraform().provider() == TerraformProvider.AWS
                ? new AwsSkeleton(analysis, lookups) : new DockerSkeleton(analysis, lookups);
        StateBackend backend = new StateBackend(descriptor);
        List<Supplier<List<GeneratedFile>>> pieces = new ArrayList<>();
        pieces.add(() -> everyEnvironment(descriptor, "main.tf", skeleton.rootMain()));
        pieces.add(() -> everyEnvironment(descriptor, "variables.tf", Variable.file(skeleton.rootVariables())));
        pieces.add(() -> {
            List<GeneratedFile> files = new ArrayList<>(everyEnvironment(descriptor, "outputs.tf",
                    Output.file(skeleton.rootOutputs())));
            for (String environment : descriptor.environments().keySet()) {
                files.add(backend.settingsFile(environment, skeleton.provider(), skeleton.providerSource(),
                        skeleton.providerVersion()).print(ROOT + "environments/" + environment + "/terraform.tf"));
            }
            return files;
        });
        for (String environment : descriptor.environments().keySet()) {
            pieces.add(() -> {
                HclBody tfvars = new HclBody();
                tfvars.attribute("environment", HclExpression.string(environment));
                skeleton.environmentValues(environment, tfvars);
                return List.of(new HclFile(tfvars).print(ROOT + "environments/" + environment + "/terraform.tfvars"));
            });
        }
        for (Supplier<SortedMap<String, HclFile>> modules : skeleton.modulePieces()) {
            pieces.add(() -> {
                List<GeneratedFile> files = new ArrayList<>();
                modules.get().forEach((path, file) -> files.add(file.print(ROOT + "modules/" + path)));
                return files;
            });
        }
        if (backend.configured()) {
            pieces.add(() -> List.of(backend.sharedFile().print(ROOT + "shared/backend.tf")));
        }
        return pieces;
    }

    /** The same root file, {@code name}, in every environment's folder: printed once, its bytes shared. */
    private static List<GeneratedFile> everyEnvironment(Descriptor descriptor, String name, HclFile file) {
        List<GeneratedFile> files = new ArrayList<>();
        for (String environment : descriptor.environments().keySet()) {
            String path = ROOT + "environments/" + environment + "/" + name;
            files.add(files.isEmpty() ? file.print(path) : files.get(0).at(path));
        }
        return files;
    }
}
