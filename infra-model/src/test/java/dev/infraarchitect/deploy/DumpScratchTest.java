package dev.infraarchitect.deploy;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.kubernetes.KubernetesGenerator;
import dev.infraarchitect.render.terraform.TerraformGenerator;
import java.nio.file.*;
class DumpScratchTest {
    @org.junit.jupiter.api.Test
    void dump() throws Exception {
        for (String s : new String[]{"edges", "gpus", "aws-ecs-platform", "selfhosted-ai-box-corrected"}) {
            var a = SystemsUnderDeploy.onAws(s);
            for (var f : new KubernetesGenerator().generate(GenerationContext.of(a))) { Path p = Path.of("/tmp/kaws", s, f.path()); Files.createDirectories(p.getParent()); Files.writeString(p, f.text()); }
            for (var f : new TerraformGenerator().generate(GenerationContext.of(a))) { Path p = Path.of("/tmp/kaws", s, f.path()); Files.createDirectories(p.getParent()); Files.writeString(p, f.text()); }
        }
    }
}
