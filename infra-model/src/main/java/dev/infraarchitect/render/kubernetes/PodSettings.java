package dev.infraarchitect.render.kubernetes;

import dev.infraarchitect.model.ContainerSettings;
import dev.infraarchitect.model.IpAddresses;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container settings that become fields of the pod rather than of its container: {@code hostname},
 * {@code extraHosts} (as {@code hostAliases}), and {@code shmSize} and {@code tmpfs} (as emptyDir volumes in
 * memory). What Kubernetes cannot express is added to the notes, which the file carries as comments.
 */
final class PodSettings {

    static final String SHM_VOLUME = "shm";
    static final String SHM_PATH = "/dev/shm";
    static final String TMPFS_VOLUME = "tmpfs";

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DOCKER_SIZE = Pattern.compile("([0-9]{1,19})\\s*([kKmMgGtT]?)(?:[iI]?[bB])?");

    private PodSettings() {
    }

    /**
     * The pod's {@code hostname}: as written when it is a DNS label, as Kubernetes requires. A StatefulSet names each
     * pod's host after the pod itself (its stable network identity), overriding any written one, so there the file
     * says so instead.
     */
    static String hostname(Service service, boolean stateful, List<String> notes) {
        String hostname = service.container().hostname();
        if (hostname == null) {
            return null;
        }
        if (stateful) {
            notes.add("Hostname " + hostname + " not carried: a StatefulSet names each pod's host after the pod ("
                    + service.name() + "-0, ...).");
            return null;
        }
        if (!DNS_LABEL.matcher(hostname).matches()) {
            notes.add("Hostname " + hostname + " not carried: Kubernetes needs a DNS label (lower-case letters,"
                    + " digits and '-', at most 63 characters).");
            return null;
        }
        return hostname;
    }

    /**
     * {@code extraHosts} entries that map a name to an IP address, as {@code hostAliases} (one per address, names
     * in the order written). A target that is not an address, such as Docker's {@code host-gateway}, means nothing
     * in a pod: the file names it.
     */
    static List<Mapping> hostAliases(Service service, List<String> notes) {
        SortedMap<String, List<String>> byAddress = new TreeMap<>();
        List<String> dropped = new ArrayList<>();
        for (String entry : service.container().extraHosts()) {
            int split = entry.indexOf('=') >= 0 ? entry.indexOf('=') : entry.indexOf(':');
            String name = split > 0 ? entry.substring(0, split) : "";
            String address = split > 0 ? unbracket(entry.substring(split + 1)) : "";
            if (name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches() || !IpAddresses.isLiteral(address)) {
                dropped.add(entry);
                continue;
            }
            List<String> names = byAddress.computeIfAbsent(address, a -> new ArrayList<>());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (!dropped.isEmpty()) {
            notes.add("Extra hosts not carried (a pod's hostAliases map lower-case DNS names to IP addresses only;"
                    + " Docker's host-gateway has no meaning in a pod): " + String.join(", ", dropped) + ".");
        }
        List<Mapping> aliases = new ArrayList<>();
        byAddress.forEach((address, names) -> aliases.add(new Mapping().put("ip", address).put("hostnames", names)));
        return aliases;
    }

    private static String unbracket(String address) {
        return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
    }

    /** A memory-backed emptyDir: {@code shmSize} at {@code /dev/shm}, or one {@code tmpfs} path. */
    record MemoryVolume(String name, String path, Long sizeLimit) {
    }

    /**
     * {@code shmSize} as an emptyDir in memory at {@code /dev/shm}, sized by it (a container's {@code /dev/shm} is
     * otherwise 64Mi), and each {@code tmpfs} path as one in memory, sized by a {@code size=} option when written.
     * A path another mount already takes ({@code mounted}) is left out, with a note: a pod rejects two mounts at
     * one path.
     */
    static List<MemoryVolume> memoryVolumes(Service service, List<String> mounted, List<String> notes) {
        ContainerSettings run = service.container();
        Set<String> taken = new HashSet<>();
        mounted.forEach(path -> taken.add(withoutTrailingSlash(path)));
        List<MemoryVolume> volumes = new ArrayList<>();
        if (run.shmSize() != null) {
            taken.add(SHM_PATH);
            volumes.add(new MemoryVolume(SHM_VOLUME, SHM_PATH, run.shmSize()));
        }
        List<String> ignoredOptions = new ArrayList<>();
        int index = 0;
        for (String mount : run.tmpfs()) {
            int colon = mount.indexOf(':');
            String path = colon < 0 ? mount : mount.substring(0, colon);
            if (!taken.add(withoutTrailingSlash(path))) {
                notes.add("tmpfs " + mount + " not carried: " + path + " is already mounted.");
                continue;
            }
            Long size = null;
            for (String option : colon < 0 ? new String[0] : mount.substring(colon + 1).split(",")) {
                Long parsed = option.startsWith("size=") ? dockerSize(option.substring(5)) : null;
                if (parsed != null) {
                    size = parsed;
                } else if (!option.isBlank() && !option.equals("rw")) {
                    ignoredOptions.add(option);
                }
            }
            volumes.add(new MemoryVolume(TMPFS_VOLUME + "-" + index++, path, size));
        }
        if (!ignoredOptions.isEmpty()) {
            notes.add("tmpfs options not carried (an emptyDir takes a size only): " + String.join(", ", ignoredOptions)
                    + ".");
        }
        return volumes;
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * A size in Docker's notation ({@code 65536k}, {@code 64m}, {@code 1g}, {@code 1048576}; binary multiples, as
     * Docker reads {@code tmpfs} sizes), or {@code null} when it is not one.
     */
    static Long dockerSize(String text) {
        Matcher m = DOCKER_SIZE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        try {
            long amount = Long.parseLong(m.group(1));
            return amount > Long.MAX_VALUE >> shift ? null : amount << shift;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
