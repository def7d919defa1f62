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
import java.util.Arrays;
import java.util.Collections;
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
 * free fraction over cpu and memory, plus vram when the service needs vram (ties by host name, scores compared
 * exactly). Every resource must stay within the room left, also one the service does not need: a host that pinned
 * services already put over capacity takes no more. A host capacity of zero counts as a free fraction of zero.
 *
 * <p>A service that fits nowhere is an {@code unplaceable} error naming the closest host: the one with the smallest
 * sum, over the resources the service lacks there, of the missing amount relative to what the service needs (so
 * missing 2Gi of 16Gi vram, 0.125, is closer than missing all of it, 1.0); ties by host name.
 *
 * <p>Demand is per replica resources times the largest maximum replica count over all environments after each
 * environment's cap. Typically O(S log S + S * G log H) time for S services, H hosts and G distinct host
 * capacities ({@link HostIndex}); at worst, when most hosts are too full for most services, O(S * H).
 */
public final class Placer {

    private static final Resource[] PLACED = HostIndex.PLACED;

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
                demand.put(service.name(), demandOf(descriptor, service));
            }
        }
        return demand;
    }

    private static Resources demandOf(Descriptor descriptor, Service service) {
        int replicas = 0;
        for (Environment environment : descriptor.environments().values()) {
            replicas = Math.max(replicas, environment.cap(service.replicas()).max());
        }
        return service.resources().times(replicas);
    }

    public static Result place(Descriptor descriptor) {
        // container services in name order, with their demand; positions in these arrays stand for them below
        List<Service> containers = new ArrayList<>();
        for (Service service : descriptor.services().values()) {
            if (service.isContainer()) {
                containers.add(service);
            }
        }
        int s = containers.size();
        Resources[] demand = new Resources[s];
        for (int c = 0; c < s; c++) {
            demand[c] = demandOf(descriptor, containers.get(c));
        }
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
        Map<String, Integer> hostIndex = new HashMap<>();
        for (int i = 0; i < h; i++) {
            hostIndex.put(hosts.get(i).name(), i);
        }

        int[] placedOn = new int[s];
        Arrays.fill(placedOn, -1);
        boolean[] automatic = new boolean[s];
        List<Integer> unpinned = new ArrayList<>();
        for (int c = 0; c < s; c++) {
            Service service = containers.get(c);
            if (service.host() == null) {
                unpinned.add(c);
            } else if (hostIndex.containsKey(service.host())) {
                placedOn[c] = hostIndex.get(service.host());
                HostIndex.subtract(room[placedOn[c]], demand[c]);
            }
        }

        List<Finding> findings = new ArrayList<>();
        if (h > 0) {
            HostIndex index = new HostIndex(capacity, room);
            int[] share = new int[s];
            for (int c : unpinned) {
                share[c] = dominantResource(demand[c], total);
            }
            // largest share first, then by name: positions are in name order
            unpinned.sort((a, b) -> {
                int byShare = compareShares(demand[b], share[b], demand[a], share[a], total);
                return byShare != 0 ? byShare : Integer.compare(a, b);
            });
            for (int c : unpinned) {
                int best = index.best(demand[c]);
                if (best >= 0) {
                    index.take(best, demand[c]);
                    placedOn[c] = best;
                    automatic[c] = true;
                } else {
                    findings.add(unplaceable(descriptor, containers.get(c).name(), demand[c], hosts, room));
                }
            }
        }
        SortedMap<String, String> hostOf = new TreeMap<>();
        SortedSet<String> placedAutomatically = new TreeSet<>();
        for (int c = 0; c < s; c++) { // in name order
            if (placedOn[c] >= 0) {
                hostOf.put(containers.get(c).name(), hosts.get(placedOn[c]).name());
            }
            if (automatic[c]) {
                placedAutomatically.add(containers.get(c).name());
            }
        }
        return new Result(new Placement(Collections.unmodifiableSortedMap(hostOf),
                Collections.unmodifiableSortedSet(placedAutomatically)), findings);
    }

    /**
     * The placed resource of {@code need}'s dominant share (the largest of demand over the capacity summed over all
     * hosts; one no host has counts as infinite), or -1 when it needs none of them.
     */
    private static int dominantResource(Resources need, long[] total) {
        int dominant = -1;
        for (int r = 0; r < PLACED.length; r++) {
            if (need.get(PLACED[r]) > 0 && (dominant < 0 || compareShares(need, r, need, dominant, total) > 0)) {
                dominant = r;
            }
        }
        return dominant;
    }

    /** Compares the share of resource {@code r} in {@code a} with that of {@code q} in {@code b}, exactly. */
    private static int compareShares(Resources a, int r, Resources b, int q, long[] total) {
        if (r < 0 || q < 0) {
            return Integer.compare(r, q); // needing nothing placed is the smallest share
        }
        long x = a.get(PLACED[r]);
        long y = b.get(PLACED[q]);
        if (total[r] == 0 || total[q] == 0) {
            return Boolean.compare(total[r] == 0, total[q] == 0); // infinite shares tie
        }
        return Fractions.compare((double) x / total[r], new long[] {x}, new long[] {total[r]},
                (double) y / total[q], new long[] {y}, new long[] {total[q]});
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
                } else if (room[i][r] < 0) {
                    shortfall += 1; // over capacity already: as far from fitting as lacking all of a resource
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
            } else if (room[closest][r] < 0) {
                lacks.add("room in " + resource.key() + " (already " + resource.format(-room[closest][r])
                        + " over capacity)");
            }
        }
        String lacking = lacks.size() == 1 ? lacks.get(0)
                : String.join(", ", lacks.subList(0, lacks.size() - 1)) + " and " + lacks.get(lacks.size() - 1);
        return new Finding(Severity.ERROR, AnalysisRules.UNPLACEABLE,
                "service " + name + " fits no host: closest " + hosts.get(closest).name() + " lacks " + lacking,
                List.of(name), descriptor.locate(SourceMap.pointer("services", name)));
    }
}
