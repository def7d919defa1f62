package dev.infraarchitect.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import dev.infraarchitect.analysis.Analysis;
import dev.infraarchitect.model.Service;
import dev.infraarchitect.model.TerraformProvider;
import dev.infraarchitect.render.GeneratedFile;
import dev.infraarchitect.render.GenerationContext;
import dev.infraarchitect.render.terraform.TerraformGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code terraform plan -input=false} asks for nothing the files do not use and finds everything they use: in every
 * module and environment of every example and synthetic system, for both providers, each declared variable is
 * referenced and each {@code var.X} is declared; each module call passes only variables the module declares and all
 * it declares without a default; and each environment's terraform.tfvars sets only declared variables.
 */
class TerraformVariablesTest {

    private static final Pattern DECLARED = Pattern.compile("(?m)^variable \"([A-Za-z0-9_-]+)\"");
    private static final Pattern REFERENCED = Pattern.compile("\\bvar\\.([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern MODULE = Pattern.compile("(?ms)^module \"([^\"]+)\" \\{\\n(.*?)^\\}");
    private static final Pattern ARGUMENT = Pattern.compile("(?m)^  ([A-Za-z_][A-Za-z0-9_-]*) += (.*)$");
    private static final Pattern DEFAULTED = Pattern.compile("(?ms)^variable \"([A-Za-z0-9_-]+)\" \\{\\n(.*?)^\\}");

    static Stream<Arguments> systemsAndProviders() {
        List<Arguments> out = new ArrayList<>();
        SystemsUnderDeploy.all().forEach(system -> {
            for (TerraformProvider provider : TerraformProvider.values()) {
                out.add(Arguments.of(system.get()[0], provider));
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("systemsAndProviders")
    void everyDeclaredVariableIsUsedAndEveryUsedOneDeclared(String system, TerraformProvider provider)
            throws Exception {
        Analysis analysis = provider == TerraformProvider.AWS ? SystemsUnderDeploy.onAws(system)
                : SystemsUnderDeploy.onDocker(system);
        // a system of managed services alone gives Terraform nothing to create; its skeleton is not checked here
        Assumptions.assumeTrue(analysis.descriptor().services().values().stream().anyMatch(Service::isContainer),
                system + " has no container service");
        Map<String, List<GeneratedFile>> byFolder = new TreeMap<>();
        for (GeneratedFile file : new TerraformGenerator().generate(GenerationContext.of(analysis))) {
            String folder = file.path().substring(0, file.path().lastIndexOf('/'));
            byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(file);
        }
        assertThat(byFolder).isNotEmpty();
        Map<String, Map<String, Boolean>> declaredByFolder = new TreeMap<>(); // name -> has a default
        byFolder.forEach((folder, files) -> {
            Map<String, Boolean> declared = new TreeMap<>();
            Set<String> referenced = new TreeSet<>();
            for (GeneratedFile file : files) {
                String text = file.text();
                parse(file);
                Matcher blocks = DEFAULTED.matcher(text);
                while (blocks.find()) {
                    declared.put(blocks.group(1), blocks.group(2).contains("\n  default "));
                }
                if (!file.path().endsWith(".tfvars")) {
                    Matcher uses = REFERENCED.matcher(text);
                    while (uses.find()) {
                        referenced.add(uses.group(1));
                    }
                }
            }
            assertThat(declared.keySet()).as("%s: variables declared but never used", folder)
                    .containsExactlyInAnyOrderElementsOf(referenced);
            declaredByFolder.put(folder, declared);
        });
        byFolder.forEach((folder, files) -> {
            for (GeneratedFile file : files) {
                if (file.path().endsWith("/main.tf")) {
                    checkModuleCalls(folder, file.text(), declaredByFolder);
                }
                if (file.path().endsWith("/terraform.tfvars")) {
                    assertThat(parse(file).keySet()).as("%s sets only declared variables", file.path())
                            .isSubsetOf(declaredByFolder.get(folder).keySet());
                }
            }
        });
    }

    private static void checkModuleCalls(String folder, String main, Map<String, Map<String, Boolean>> declared) {
        Matcher modules = MODULE.matcher(main);
        while (modules.find()) {
            Map<String, String> arguments = new TreeMap<>();
            Matcher argument = ARGUMENT.matcher(modules.group(2));
            while (argument.find()) {
                arguments.put(argument.group(1), argument.group(2));
            }
            String source = arguments.remove("source").replace("\"", "");
            List.of("providers", "count", "for_each", "depends_on", "version").forEach(arguments::remove);
            String module = normalise(folder + "/" + source);
            Map<String, Boolean> variables = declared.get(module);
            assertThat(variables).as("%s calls %s, which exists", folder, module).isNotNull();
            assertThat(arguments.keySet()).as("%s passes to %s only what it declares", folder, module)
                    .isSubsetOf(variables.keySet());
            variables.forEach((name, hasDefault) -> {
                if (!hasDefault) {
                    assertThat(arguments).as("%s passes %s to %s", folder, name, module).containsKey(name);
                }
            });
        }
    }

    private static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static Map<String, Object> parse(GeneratedFile file) {
        try {
            return new HCLParser().parse(file.text(), false);
        } catch (Exception e) {
            throw new AssertionError("not parseable HCL: " + file.path(), e);
        }
    }
}
