package dev.infraarchitect.render.terraform;

import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.Environment;
import dev.infraarchitect.model.Replicas;
import dev.infraarchitect.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The provider-specific part of the Terraform skeleton: its modules and what every environment's root module
 * declares and calls. Environments share main.tf, variables.tf and outputs.tf; only terraform.tfvars differs.
 */
abstract class Skeleton {

    protected final Analysis analysis;
    protected final Descriptor descriptor;
    private final List<Service> containers;

    Skeleton(Analysis analysis) {
        this.analysis = analysis;
        this.descriptor = analysis.descriptor();
        this.containers = descriptor.services().values().stream().filter(Service::isContainer).toList();
    }

    /** The provider's local name, registry source and version constraint. */
    abstract String provider();

    abstract String providerSource();

    abstract String providerVersion();

    /** Module files by path below {@code modules/}. */
    abstract SortedMap<String, HclFile> modules();

    abstract HclFile rootMain();

    abstract List<Variable> rootVariables();

    abstract List<Output> rootOutputs();

    /** The body of one environment's terraform.tfvars, after its {@code environment = ...} line. */
    abstract void environmentValues(String environment, HclBody tfvars);

    /** The container services, sorted by name; computed once because every file walks them. */
    List<Service> containers() {
        return containers;
    }

    List<Service> managed() {
        return descriptor.services().values().stream().filter(Service::isManaged).toList();
    }

    /** The replicas of {@code service} in {@code environment}: the analysis' plan, or the cap rule of the spec. */
    Replicas replicas(String environment, Service service) {
        Replicas planned = analysis.replicas(environment, service.name());
        if (planned != null) {
            return planned;
        }
        Environment env = descriptor.environments().get(environment);
        return env == null ? service.replicas() : env.cap(service.replicas());
    }

    /** Variables every root module starts with. */
    List<Variable> commonRootVariables() {
        List<Variable> variables = new ArrayList<>();
        variables.add(Variable.withDefault("project", "string", "Name of the system, used in resource names",
                HclExpression.string(descriptor.project())));
        variables.add(Variable.of("environment", "string", "Name of the environment (set in terraform.tfvars)"));
        return variables;
    }

    /** Documented inputs for the managed services, which Terraform does not create. */
    List<Variable> managedEndpointVariables() {
        return managed().stream().map(s -> Variable.of(Names.id(s.name()) + "_endpoint", "string",
                "Endpoint of the managed service " + s.name()
                        + (s.description() == null ? "" : " (" + s.description() + ")"))).toList();
    }

    List<Variable> sensitiveVariables(List<SensitiveInput> inputs, String how) {
        return inputs.stream().map(i -> Variable.sensitive(i.variable(), i.origin() + how)).toList();
    }

    static HclBody moduleCall(HclBody main, String name, String source) {
        HclBody module = main.block("module", Names.id(name));
        module.attribute("source", "../../modules/" + source);
        module.blank();
        return module;
    }

    static void pass(HclBody module, List<Variable> variables) {
        for (Variable v : variables) {
            module.attribute(v.name(), HclExpression.raw("var." + v.name()));
        }
    }
}
