package dev.infraarchitect.model;

import java.util.List;
import java.util.SortedMap;

/**
 * How a container is run, beyond what it needs and whom it talks to: the settings real Compose stacks state. Every
 * field is {@code null} or empty when not written; text (commands, paths, device specs) is kept exactly as written,
 * interpolation references included, because the generators pass it on and never rewrite it.
 *
 * @param build           how the image is built, or {@code null} to pull {@code image}
 * @param command         the process arguments, or {@code null} for the image's default
 * @param entrypoint      the executable, or {@code null} for the image's default
 * @param restart         the policy written, or {@code null} for the default ({@link Service#restart()})
 * @param limits          resource limits where they differ from the requests placement uses; absent ones equal
 *                        the request
 * @param shmSize         bytes of {@code /dev/shm}, or {@code null}
 * @param ulimits         per name ({@code nofile}, {@code nproc}), sorted
 * @param healthcheckDisabled {@code healthcheck: { disable: true }}: the image's own healthcheck is switched off
 * @param startConditions the condition written on a {@code dependsOn} entry, by the service it names; entries
 *                        without one take {@link StartCondition#defaultFor}
 */
public record ContainerSettings(
        Build build,
        Command command,
        Command entrypoint,
        Restart restart,
        String user,
        String workingDir,
        String hostname,
        String containerName,
        List<String> aliases,
        Limits limits,
        Long shmSize,
        SortedMap<String, Ulimit> ulimits,
        List<String> capAdd,
        List<String> capDrop,
        List<String> devices,
        List<String> extraHosts,
        List<String> tmpfs,
        List<String> envFiles,
        List<String> profiles,
        boolean healthcheckDisabled,
        SortedMap<String, StartCondition> startConditions) {

    /** Nothing written: the image's defaults. */
    public static final ContainerSettings NONE = new ContainerSettings(null, null, null, null, null, null, null, null,
            List.of(), Limits.NONE, null, java.util.Collections.emptySortedMap(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), false, java.util.Collections.emptySortedMap());

    /** {@code build:} - a context folder, optionally a Dockerfile in it, build arguments and a target stage. */
    public record Build(String context, String dockerfile, SortedMap<String, String> args, String target) {
    }

    /**
     * A command or entrypoint: either one string ({@code shell}, Compose's shell-words form, kept as written) or a
     * list ({@code exec}, each argument as written). Exactly one of the two is non-null.
     */
    public record Command(String shell, List<String> exec) {

        public static Command shell(String text) {
            return new Command(text, null);
        }

        public static Command exec(List<String> arguments) {
            return new Command(null, List.copyOf(arguments));
        }

        public boolean isExec() {
            return exec != null;
        }

        /**
         * The arguments as the runtimes without a shell-words reader need them (Terraform docker, Kubernetes): the
         * list as written, or the string split on whitespace with single and double quotes grouping, as Compose
         * splits it.
         */
        public List<String> arguments() {
            return exec != null ? exec : ShellWords.split(shell);
        }
    }

    /** A soft and a hard limit; written as one number, both are that number. */
    public record Ulimit(long soft, long hard) {
    }
}
