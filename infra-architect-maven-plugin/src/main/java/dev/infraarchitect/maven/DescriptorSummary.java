package dev.infraarchitect.maven;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Service;

/**
 * The one-line count summary every goal logs after reading a descriptor, e.g.
 * {@code acme: 5 services (4 container, 1 managed), 2 hosts, 2 environments (dev, prod)}: proof that the build read
 * the file the user meant, at a glance.
 */
final class DescriptorSummary {

    private DescriptorSummary() {
    }

    static String of(Descriptor descriptor) {
        long container = descriptor.services().values().stream().filter(Service::isContainer).count();
        long managed = descriptor.services().values().stream().filter(Service::isManaged).count();
        int environments = descriptor.environments().size();
        return descriptor.project() + ": "
                + count(descriptor.services().size(), "service") + " (" + container + " container, " + managed
                + " managed), "
                + count(descriptor.hosts().size(), "host") + ", "
                + count(environments, "environment")
                + " (" + String.join(", ", descriptor.environments().keySet()) + ")";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
