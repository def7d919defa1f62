package dev.infraarchitect.analysis.wiring;

import dev.infraarchitect.analysis.AnalysisRules;
import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.SourceMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a stateful container service's data lives, and whether its replicas share it. Both are errors, because
 * every generator would otherwise write files that lose data:
 * <ul>
 * <li>{@code stateful-without-data}: no {@code data}, no writable {@code volumes}, and an image whose data path the
 * plugin does not know; the data would live in the container and vanish with it.</li>
 * <li>{@code unclustered-replicas}: more than one replica in some environment without {@code clustered: true};
 * several replicas of software that does not replicate itself are independent copies of the data behind one
 * name.</li>
 * </ul>
 */
public final class DataChecks {

    private DataChecks() {
    }

    public static List<Finding> check(Descriptor descriptor) {
        List<Finding> findings = new ArrayList<>();
        for (Service service : descriptor.services().values()) {
            if (!service.holdsData()) {
                continue;
            }
            String name = service.name();
            if (!service.dataKnown()) {
                findings.add(new Finding(Severity.ERROR, AnalysisRules.STATEFUL_WITHOUT_DATA, "service " + name
                        + " is stateful, but where image '" + service.image() + "' keeps its data is not known;"
                        + " add 'data:' with the path inside the container, e.g. 'data: /var/lib/" + name
                        + "', so that it is kept in a named volume", List.of(name),
                        descriptor.locate(SourceMap.pointer("services", name, "stateful"))));
            }
            if (!service.clustered()) {
                Environment widest = widest(descriptor, service);
                if (widest != null) {
                    int most = widest.cap(service.replicas()).max();
                    findings.add(new Finding(Severity.ERROR, AnalysisRules.UNCLUSTERED_REPLICAS, "service " + name
                            + " is stateful and runs up to " + most + " replicas in " + widest.name()
                            + ", which would be " + most + " independent copies of its data behind one name; run 1"
                            + " replica, or set up replication in the software and add 'clustered: true'",
                            List.of(name), descriptor.locate(SourceMap.pointer("services", name, "replicas"))));
                }
            }
        }
        return findings;
    }

    /** The environment with the most replicas of {@code service}, when that is more than one; first by name. */
    private static Environment widest(Descriptor descriptor, Service service) {
        Environment widest = null;
        int most = 1;
        for (Environment environment : descriptor.environments().values()) {
            int max = environment.cap(service.replicas()).max();
            if (max > most) {
                most = max;
                widest = environment;
            }
        }
        return widest;
    }
}
