package dev.infraarchitect.render.terraform;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.TerraformProvider;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.Generator;
import dev.infraarchitect.render.GenerationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    public List<GeneratedFile> generate(GenerationContext context) {
        Analysis analysis = context.analysis();
        Descriptor descriptor = analysis.descriptor();
        Skeleton skeleton = descriptor.terraform().provider() == TerraformProvider.AWS
                ? new AwsSkeleton(analysis) : new DockerSkeleton(analysis);
        StateBackend backend = new StateBackend(descriptor);
        List<GeneratedFile> files = new ArrayList<>();
        files.addAll(everyEnvironment(descriptor, "main.tf", skeleton.rootMain()));
        files.addAll(everyEnvironment(descriptor, "variables.tf", Variable.file(skeleton.rootVariables())));
        files.addAll(everyEnvironment(descriptor, "outputs.tf", Output.file(skeleton.rootOutputs())));
        for (String environment : descriptor.environments().keySet()) {
            files.add(backend.settingsFile(environment, skeleton.provider(), skeleton.providerSource(),
                    skeleton.providerVersion()).print(ROOT + "environments/" + environment + "/terraform.tf"));
        }
        for (String environment : descriptor.environments().keySet()) {
            HclBody tfvars = new HclBody();
            tfvars.attribute("environment", HclExpression.string(environment));
            skeleton.environmentValues(environment, tfvars);
            files.add(new HclFile(tfvars).print(ROOT + "environments/" + environment + "/terraform.tfvars"));
        }
        skeleton.modules().forEach((path, file) -> files.add(file.print(ROOT + "modules/" + path)));
        if (backend.configured()) {
            files.add(backend.sharedFile().print(ROOT + "shared/backend.tf"));
        }
        files.sort(Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
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
