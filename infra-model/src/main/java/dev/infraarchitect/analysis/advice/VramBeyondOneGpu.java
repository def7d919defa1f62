package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.model.Host;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * A replica needs more vram than one GPU of its host holds ({@code vram / gpus}): it fits only if the software
 * splits the model across GPUs (tensor parallelism), which most do not do by default.
 */
public final class VramBeyondOneGpu implements AdviceRule {

    @Override
    public String id() {
        return "vram-beyond-one-gpu";
    }

    @Override
    public String description() {
        return "a replica needs more vram than one GPU of its host holds";
    }

    @Override
    public List<Finding> check(AdviceContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Service service : context.descriptor().services().values()) {
            String hostName = context.placement().hostOf(service.name());
            Host host = hostName == null ? null : context.descriptor().hosts().get(hostName);
            long need = service.resources().vram();
            if (host == null || need == 0 || host.gpus() < 2 || need <= host.vramPerGpu()) {
                continue;
            }
            findings.add(context.finding(this, "service " + service.name() + " needs "
                    + Quantities.formatBytes(need) + " of vram per replica, more than one of the " + host.gpus()
                    + " GPUs of host " + host.name() + " holds (" + Quantities.formatBytes(host.vramPerGpu())
                    + "); it runs only if it splits its model across GPUs", List.of(service.name()), "services",
                    service.name(), "resources", "vram"));
        }
        return findings;
    }

    @Override
    public String toString() {
        return id();
    }
}
