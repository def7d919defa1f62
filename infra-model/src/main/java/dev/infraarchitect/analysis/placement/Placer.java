package dev.infraarchitect.analysis.placement;

import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Placement;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Resource;
import dev.infraarchitect.model.Resources;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.SourceMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts container services on hosts. Pinned services ({@code host} set) go where they say, without a fit check (an
 * overfull host is reported by the host capacity check). The others, when hosts exist, are placed largest first by
 * dominant share (the largest over cpu, memory and vram of demand divided by that resource's capacity summed over
 * all hosts; ties by name), each on the host where it fits in the room left and which then keeps the highest mean
 * free fraction over cpu and memory, plus vram when the service needs vram (ties by host name). A resource the
 * service does not need always fits; a host capacity of zero counts as a free fraction of zero.
 *
 * <p>A service that fits nowhere is an {@code unplaceable} error naming the closest host: the one with the smallest
 * sum, over the resources the service lacks there, of the missing amount relative to what the service needs (so
 * missing 2Gi of 16Gi vram, 0.125, is closer than missing all of it, 1.0); ties by host name.
 *
 * <p>Demand is per replica resources times the largest maximum replica count over all environments after each
 * environment's cap. O(S log S + S * H) time for S services and H hosts.
 */
public final class Placer {

    private static final Resource[] PLACED = {Resource.CPU, Resource.MEMORY, Resource.VRAM};

    private Placer() {
    }

    /** The placement and the services that fit no host. */
    public record Result(Placement placement, List<Finding> findings) {
    }

    /** Each container service's placement demand: resources times its largest capped maximum replica count. */
    public static SortedMap<String, Resources> demand(Descriptor descriptor) {
        SortedMap<String, Resources> demand = new TreeMap<>();
        for (Service service : descriptor.services().values()) {
            if (service.isContainer()) {
                int replicas = 0;
                for (Environment environment : descriptor.environments().values()) {
                    replicas = Math.max(replicas, environment.cap(service.replicas()).max());
                }
                demand.put(service.name(), service.resources().times(replicas));
            }
        }
        return demand;
    }

    public static Result place(Descriptor descriptor) {
        SortedMap<String, Resources> demand = demand(descriptor);
        List<Host> hosts = new ArrayList<>(descriptor.hosts().values());
        int h = hosts.size();
        long[][] capacity = new long[h][PLACED.length];
        long[][] room = new long[h][PLACED.length];
        long[] total = new long[PLACED.length];
        for (int i = 0; i < h; i++) {
            Resources c = hosts.get(i).capacity();
            for (int r = 0; r < PLACED.length; r++) {
                capacity[i][r] = c.get(PLACED[r]);
                room[i][r] = capacity[i][r];
                total[r] += capacity[i][r];
            }
        }
        Map<String, Integer> hostIndex = new TreeMap<>();
        for (int i = 0; i < h; i++) {
            hostIndex.put(hosts.get(i).name(), i);
        }

        SortedMap<String, String> hostOf = new TreeMap<>();
        List<String> unpinned = new ArrayList<>();
        for (Map.Entry<String, Resources> entry : demand.entrySet()) {
            Service service = descriptor.services().get(entry.getKey());
            if (service.host() == null) {
                unpinned.add(service.name());
            } else if (hostIndex.containsKey(service.host())) {
                int i = hostIndex.get(service.host());
                take(room[i], entry.getValue());
                hostOf.put(service.name(), service.host());
            }
        }

        SortedSet<String> automatic = new TreeSet<>();
        List<Finding> findings = new ArrayList<>();
        if (h > 0) {
            Map<String, Double> share = new HashMap<>();
            for (String name : unpinned) {
                share.put(name, dominantShare(demand.get(name), total));
            }
            unpinned.sort(Comparator.comparing((String name) -> share.get(name)).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (String name : unpinned) {
                Resources need = demand.get(name);
                int best = bestHost(need, capacity, room);
                if (best >= 0) {
                    take(room[best], need);
                    hostOf.put(name, hosts.get(best).name());
                    automatic.add(name);
                } else {
                    findings.add(unplaceable(descriptor, name, need, hosts, room));
                }
            }
        }
        return new Result(new Placement(Collections.unmodifiableSortedMap(hostOf),
                Collections.unmodifiableSortedSet(automatic)), findings);
    }

    private static void take(long[] room, Resources need) {
        for (int r = 0; r < PLACED.length; r++) {
            room[r] -= need.get(PLACED[r]);
        }
    }

    private static double dominantShare(Resources need, long[] total) {
        double share = 0;
        for (int r = 0; r < PLACED.length; r++) {
            long n = need.get(PLACED[r]);
            if (n > 0) {
                share = Math.max(share, total[r] > 0 ? (double) n / total[r] : Double.POSITIVE_INFINITY);
            }
        }
        return share;
    }

    /** The index of the host that fits {@code need} and keeps the highest mean free fraction, or -1. */
    private static int bestHost(Resources need, long[][] capacity, long[][] room) {
        boolean countVram = need.vram() > 0;
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < room.length; i++) {
            double sum = 0;
            boolean fits = true;
            for (int r = 0; r < PLACED.length && fits; r++) {
                long n = need.get(PLACED[r]);
                long left = room[i][r] - n;
                if (n > 0 && left < 0) {
                    fits = false;
                } else if (r < 2 || countVram) {
                    sum += capacity[i][r] > 0 ? (double) left / capacity[i][r] : 0;
                }
            }
            if (fits) {
                double score = sum / (countVram ? 3 : 2);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static Finding unplaceable(Descriptor descriptor, String name, Resources need, List<Host> hosts,
            long[][] room) {
        int closest = 0;
        double closestShortfall = Double.POSITIVE_INFINITY;
        for (int i = 0; i < hosts.size(); i++) {
            double shortfall = 0;
            for (int r = 0; r < PLACED.length; r++) {
                long n = need.get(PLACED[r]);
                long free = Math.max(0, room[i][r]);
                if (n > free) {
                    shortfall += (double) (n - free) / n;
                }
            }
            if (shortfall < closestShortfall) {
                closest = i;
                closestShortfall = shortfall;
            }
        }
        List<String> lacks = new ArrayList<>();
        for (int r = 0; r < PLACED.length; r++) {
            Resource resource = PLACED[r];
            long n = need.get(resource);
            long free = Math.max(0, room[closest][r]);
            if (n > free) {
                lacks.add(resource.format(n - free) + " " + resource.key() + " (needs " + resource.format(n) + ", "
                        + resource.format(free) + " free)");
            }
        }
        String lacking = lacks.size() == 1 ? lacks.get(0)
                : String.join(", ", lacks.subList(0, lacks.size() - 1)) + " and " + lacks.get(lacks.size() - 1);
        return new Finding(Severity.ERROR, AnalysisRules.UNPLACEABLE,
                "service " + name + " fits no host: closest " + hosts.get(closest).name() + " lacks " + lacking,
                List.of(name), descriptor.locate(SourceMap.pointer("services", name)));
    }
}
