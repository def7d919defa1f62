package dev.infraarchitect.render.terraform;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.Placement;
import dev.infraarchitect.analysis.StartupOrder;
import dev.infraarchitect.load.DescriptorLoader;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Test descriptors and a minimal analysis around them: placement from the pinned hosts, no findings. The real
 * analysis engine fills more, which this generator does not need.
 */
final class Fixtures {

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/render/terraform/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analysis analysis(String yaml) {
        try {
            Descriptor descriptor = DescriptorLoader.parse(yaml, "infra.yaml");
            SortedMap<String, String> hostOf = new TreeMap<>();
            for (Service service : descriptor.services().values()) {
                if (service.isContainer() && service.host() != null) {
                    hostOf.put(service.name(), service.host());
                }
            }
            return new Analysis(descriptor, new StartupOrder(List.of(), new TreeMap<>(), List.of()),
                    new Placement(hostOf, new TreeSet<>()), new TreeMap<>(), List.of());
        } catch (dev.infraarchitect.load.DescriptorException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static List<GeneratedFile> generate(String resourceName) {
        return new TerraformGenerator().generate(GenerationContext.of(analysis(resource(resourceName))));
    }

    /** All files in one text: a {@code ==> path} line before each file's content. */
    static String concatenated(List<GeneratedFile> files) {
        StringBuilder out = new StringBuilder();
        for (GeneratedFile file : files) {
            out.append("==> ").append(file.path()).append('\n').append(file.text());
        }
        return out.toString();
    }
}
