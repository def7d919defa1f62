package dev.infraarchitect.maven;

/**
 * Every user property the plugin reads, in one place so that the {@code infra.} prefix stays consistent and the
 * README can be checked against it. Each constant is the {@code property} of one Mojo parameter.
 */
public final class PropertyNames {

    /** The prefix shared by all properties. */
    public static final String PREFIX = "infra.";

    public static final String DESCRIPTOR = "infra.descriptor";
    public static final String OUTPUT_DIRECTORY = "infra.outputDirectory";
    public static final String SKIP = "infra.skip";

    public static final String FAIL_ON_VIOLATION = "infra.failOnViolation";
    public static final String FAIL_ON_WARNING = "infra.failOnWarning";
    public static final String VALIDATE_SKIP = "infra.validate.skip";

    public static final String GENERATORS = "infra.generators";
    public static final String TEMPLATE_DIRECTORY = "infra.templateDirectory";
    public static final String GENERATE_SKIP = "infra.generate.skip";

    public static final String PLAN_MAX_LINES = "infra.plan.maxLines";

    public static final String IMPORT_COMPOSE = "infra.import.compose";
    public static final String IMPORT_ENV_FILE = "infra.import.envFile";
    public static final String IMPORT_OVERWRITE = "infra.import.overwrite";

    private PropertyNames() {
    }
}
