package dev.infraarchitect.render.kubernetes;

import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.yaml.YamlWriter;
import dev.infraarchitect.render.yaml.YamlWriter.Mapping;
import java.util.ArrayList;
import java.util.List;

/**
 * One environment's overlay, {@code overlays/<environment>/}: its own namespace, replicas per service as the
 * environment caps them, a HorizontalPodAutoscaler (autoscaling/v2, on cpu utilisation) for each service whose
 * replicas are a range, and a PodDisruptionBudget (policy/v1, one pod at a time) for each that may run more than one.
 */
final class Overlay {

    /** The average cpu use, in percent of the request, that autoscalers aim for. */
    static final int CPU_TARGET = 80;

    private final KubernetesSystem system;
    private final Environment environment;
    private final String folder;

    Overlay(KubernetesSystem system, Environment environment, String root) {
        this.system = system;
        this.environment = environment;
        this.folder = root + "overlays/" + environment.name() + "/";
    }

    /**
     * {@code <project>-<environment>}; when that is longer than a namespace name may be (63), the project part is
     * shortened.
     */
    String namespace() {
        String project = system.descriptor().project();
        int room = 63 - environment.name().length() - 1;
        if (room <= 0) {
            return environment.name();
        }
        String prefix = project.length() > room ? project.substring(0, room) : project;
        while (prefix.endsWith("-")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix.isEmpty() ? environment.name() : prefix + "-" + environment.name();
    }

    /** The namespace and kustomization, then the autoscalers and disruption budgets of the container services. */
    List<GeneratedFile> files(YamlWriter yaml, List<String> header) {
        // a job runs once: no replica count, autoscaler or disruption budget applies to it
        List<Service> containers = system.descriptor().services().values().stream()
                .filter(s -> s.isContainer() && !s.isJob())
                .toList();
        List<GeneratedFile> files = new ArrayList<>();
        files.add(namespaceFile(yaml, header));
        files.add(kustomization(yaml, header, containers));
        for (Service service : containers) {
            Replicas range = replicas(service);
            if (range.isRange()) {
                files.add(autoscaler(yaml, autoscalerFile(service), header, service, range));
            }
            if (range.max() > 1) {
                files.add(yaml.file(folder + budgetFile(service), header, disruptionBudget(service)));
            }
        }
        return files;
    }

    private GeneratedFile namespaceFile(YamlWriter yaml, List<String> header) {
        return yaml.file(folder + "namespace.yaml", header, new Mapping()
                .put("apiVersion", "v1")
                .put("kind", "Namespace")
                .put("metadata", new Mapping().put("name", namespace()).put("labels", new Mapping()
                        .put(Labels.MANAGED_BY, Labels.TOOL)
                        .put(Labels.PART_OF, system.descriptor().project()))));
    }

    /** Lists the autoscaler and budget files by the same rules as {@link #files}, and the fixed replica counts. */
    private GeneratedFile kustomization(YamlWriter yaml, List<String> header, List<Service> containers) {
        List<String> resources = new ArrayList<>();
        resources.add("../../base");
        resources.add("namespace.yaml");
        List<Mapping> replicas = new ArrayList<>();
        for (Service service : containers) {
            Replicas range = replicas(service);
            if (range.isRange()) {
                resources.add(autoscalerFile(service));
            } else {
                replicas.add(new Mapping().put("name", service.name()).put("count", range.max()));
            }
            if (range.max() > 1) {
                resources.add(budgetFile(service));
            }
        }
        Mapping kustomization = new Mapping()
                .put("apiVersion", "kustomize.config.k8s.io/v1beta1")
                .put("kind", "Kustomization")
                .put("namespace", namespace())
                .put("labels", List.of(new Mapping().put("pairs", new Mapping().put(Labels.ENVIRONMENT,
                        environment.name()))))
                .put("resources", resources);
        if (!replicas.isEmpty()) {
            kustomization.put("replicas", replicas);
        }
        return yaml.file(folder + "kustomization.yaml", header, kustomization);
    }

    private static String autoscalerFile(Service service) {
        return service.name() + ".hpa.yaml";
    }

    private static String budgetFile(Service service) {
        return service.name() + ".pdb.yaml";
    }

    private Replicas replicas(Service service) {
        Replicas planned = system.analysis().replicas(environment.name(), service.name());
        return planned != null ? planned : environment.cap(service.replicas());
    }

    private GeneratedFile autoscaler(YamlWriter yaml, String file, List<String> header, Service service,
            Replicas range) {
        List<String> lines = new ArrayList<>(header);
        int min = range.min();
        if (min < 1) {
            min = 1;
            lines.add("The descriptor allows 0 replicas; an autoscaler keeps at least 1.");
        }
        if (service.resources().cpu() == 0) {
            lines.add("The service requests no cpu: set a cpu request, or the autoscaler cannot compute"
                    + " utilisation.");
        }
        Mapping manifest = new Mapping()
                .put("apiVersion", "autoscaling/v2")
                .put("kind", "HorizontalPodAutoscaler")
                .put("metadata", system.metadata(service.name(), service))
                .put("spec", new Mapping()
                        .put("scaleTargetRef", new Mapping()
                                .put("apiVersion", "apps/v1")
                                .put("kind", Workload.kindOf(service))
                                .put("name", service.name()))
                        .put("minReplicas", min)
                        .put("maxReplicas", range.max())
                        .put("metrics", List.of(new Mapping()
                                .put("type", "Resource")
                                .put("resource", new Mapping()
                                        .put("name", "cpu")
                                        .put("target", new Mapping()
                                                .put("type", "Utilization")
                                                .put("averageUtilization", CPU_TARGET))))));
        return yaml.file(folder + file, lines, manifest);
    }

    private Mapping disruptionBudget(Service service) {
        return new Mapping()
                .put("apiVersion", "policy/v1")
                .put("kind", "PodDisruptionBudget")
                .put("metadata", system.metadata(service.name(), service))
                .put("spec", new Mapping()
                        .put("maxUnavailable", 1)
                        .put("selector", new Mapping().put("matchLabels", system.labels().selector(service.name()))));
    }
}
