package dev.infraarchitect.render.compose;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.analysis.wiring.Wiring;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.Generator;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Docker Compose files, one per environment and host ({@code compose/<environment>/<host>.compose.yaml}), or one per
 * environment ({@code compose/<environment>/compose.yaml}) when the descriptor describes no hosts. Only container
 * services appear, each in the file of the host the analysis put it on; beside them, {@code .env.example} lists the
 * declared variables their text references. The YAML is built in Java, not from a
 * template, so that every value is quoted safely and the structure cannot be broken by a descriptor's text; the
 * context's {@link Templates} are therefore not used.
 */
public final class ComposeGenerator implements Generator {

    public static final String ID = "compose";

    @Override
    public String id() {
        return ID;
    }

    /** One file per environment and host, in path order. */
    @Override
    public List<GeneratedFile> generate(GenerationContext context) {
        Analysis analysis = context.analysis();
        Descriptor descriptor = analysis.descriptor();
        boolean hosted = !descriptor.hosts().isEmpty();
        SortedMap<String, List<Service>> byHost = new TreeMap<>();
        List<String> unplaced = new ArrayList<>();
        for (Service service : descriptor.services().values()) {
            if (!service.isContainer()) {
                continue;
            }
            String host = hosted ? analysis.hostOf(service.name()) : "";
            if (host == null) {
                unplaced.add(service.name());
            } else {
                byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(service);
            }
        }
        Wiring wiring = analysis.wiring();
        SortedMap<String, GeneratedFile> files = new TreeMap<>();
        for (Environment environment : descriptor.environments().values()) {
            for (var entry : byHost.entrySet()) {
                String host = hosted ? entry.getKey() : null;
                String path = "compose/" + environment.name() + "/"
                        + (hosted ? host + ".compose.yaml" : "compose.yaml");
                files.put(path, new ComposeFile(analysis, environment, host, entry.getValue(), unplaced, wiring)
                        .render(path));
            }
            if (!descriptor.variables().isEmpty() && !byHost.isEmpty()) {
                String path = "compose/" + environment.name() + "/.env.example";
                files.put(path, EnvExample.render(descriptor, path));
            }
        }
        return List.copyOf(files.values());
    }
}
