package dev.infraarchitect.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What importing one service needs to know about the whole stack: the names services and networks get in the
 * descriptor, which services have a healthcheck or are waited for as jobs, the {@code .env} values, and how a path
 * relative to the Compose file's folder reads from the descriptor's folder.
 */
final class StackContext {

    private final Notes notes;
    private final Path composeFolder;
    private final Path descriptorFolder;
    private final Map<String, String> dotEnv;
    private final Map<String, String> serviceNames;
    private final Set<String> withHealthcheck;
    private final Set<String> jobs;
    private final SortedMap<String, Node> secretsUsed = new TreeMap<>();
    private final Set<String> secretVariables = new java.util.HashSet<>();

    StackContext(Notes notes, Path composeFolder, Path descriptorFolder, Map<String, String> dotEnv,
            Map<String, String> serviceNames, Set<String> withHealthcheck, Set<String> jobs) {
        this.notes = notes;
        this.composeFolder = composeFolder;
        this.descriptorFolder = descriptorFolder;
        this.dotEnv = dotEnv;
        this.serviceNames = serviceNames;
        this.withHealthcheck = withHealthcheck;
        this.jobs = jobs;
    }

    Notes notes() {
        return notes;
    }

    boolean isJob(String service) {
        return jobs.contains(service);
    }

    boolean hasHealthcheck(String service) {
        return withHealthcheck.contains(service);
    }

    /** The descriptor's name of the Compose service {@code service}. */
    String serviceName(String service) {
        return serviceNames.getOrDefault(service, service);
    }

    String networkName(String network) {
        return Names.descriptorName(network);
    }

    /**
     * The Compose service a {@code depends_on} entry names, or {@code null} with a note when it names none. An entry
     * written as a reference ({@code ${DB_HOST:-postgresql}}) is resolved once, from {@code .env} or its default,
     * because the descriptor's dependencies are names.
     */
    String dependency(String written, Node at, String where) {
        if (written == null) {
            notes.notCarried(at, where, "expected a service name");
            return null;
        }
        String name = written;
        if (Interpolated.isOnlyReference(written)) {
            var reference = Interpolated.references(written).get(0);
            String value = dotEnv.get(reference.name());
            if ((value == null || value.isEmpty()) && reference.hasDefault()) {
                value = reference.argument();
            }
            if (value == null) {
                notes.notCarried(at, where, "'" + written + "' has no value in .env and no default, so it names no"
                        + " service");
                return null;
            }
            name = value;
            notes.add(at, where, "'" + written + "' is written as the service it names now, " + value + ": the"
                    + " descriptor's dependencies are names, so setting " + reference.name() + " no longer changes it");
        }
        if (!serviceNames.containsKey(name)) {
            notes.notCarried(at, where, "'" + name + "' is not a service of this file");
            return null;
        }
        return name;
    }

    /** A secret a service uses, remembered for the notes on where its value comes from. */
    void secretUsed(String secret, Node at, String where) {
        secretsUsed.putIfAbsent(secret, at);
    }

    SortedMap<String, Node> secretsUsed() {
        return secretsUsed;
    }

    /** A variable that stands in for a value that must not be copied: declared secret whatever its name. */
    void secretVariable(String name) {
        secretVariables.add(name);
    }

    boolean isSecretVariable(String name) {
        return secretVariables.contains(name);
    }

    String dotEnv(String name) {
        return dotEnv.get(name);
    }

    /**
     * A path relative to the Compose file's folder as the descriptor's folder sees it ({@code ./data} beside
     * {@code docker-compose.yml} is {@code ../../../data} from {@code src/main/infra/infra.yaml}); absolute paths,
     * home paths and paths that start with a reference stay as written.
     */
    String rebase(String path) {
        if (path == null || path.startsWith("/") || path.startsWith("~") || path.startsWith("$")
                || composeFolder.equals(descriptorFolder) || path.matches("[A-Za-z]:[\\\\/].*")) {
            return path;
        }
        Path target = composeFolder.resolve(path).normalize();
        String relative = descriptorFolder.relativize(target).toString().replace('\\', '/');
        if (relative.isEmpty()) {
            return ".";
        }
        return relative.startsWith("..") ? relative : "./" + relative;
    }

    /** A build context: a folder rebased like any path, a URL ({@code https://}, {@code git@}) as written. */
    String rebaseContext(String context) {
        if (context == null || context.contains("://") || context.startsWith("git@")) {
            return context;
        }
        return rebase(context);
    }

    static final List<String> MERGED_LISTS = List.of("ports", "expose", "external_links", "dns", "dns_search",
            "tmpfs", "cap_add", "cap_drop", "devices", "volumes", "secrets", "configs", "env_file", "extra_hosts",
            "labels", "environment", "security_opt", "depends_on", "links", "profiles");
}
