package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.render.adr.AdrGenerator;
import dev.infraarchitect.render.docs.DocsGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateOverrideTest {

    @TempDir
    Path overrides;

    @Test
    void aTemplateOfTheSameNameInTheOverrideDirectoryReplacesTheBuiltIn() throws Exception {
        Files.createDirectories(overrides.resolve("adr"));
        Files.writeString(overrides.resolve("adr/index.md.ftl"),
                "<#list decisions as d>${d.number}: ${d.status}\n</#list>");

        List<GeneratedFile> files = generate(new AdrGenerator(), overrides);

        assertThat(text(files, "adr/README.md")).isEqualTo("1: Accepted\n2: Superseded\n3: Accepted\n4: Proposed\n");
        assertThat(text(files, "adr/0001-use-postgresql-for-orders.md")).startsWith("# 1. Use PostgreSQL | for orders\n");
    }

    @Test
    void docsTemplateCanBeReplacedToo() throws Exception {
        Files.createDirectories(overrides.resolve("docs"));
        Files.writeString(overrides.resolve("docs/architecture.md.ftl"),
                "<#list deployment.phases as p>${p.number}=${p.services}\n</#list>");

        List<GeneratedFile> files = generate(new DocsGenerator(), overrides);

        assertThat(text(files, "docs/architecture.md")).isEqualTo("1=`cache`, `postgres`, `search`\n2=`api`\n3=`web`\n");
    }

    @Test
    void overrideTemplatesCannotInstantiateClasses() throws Exception {
        Files.createDirectories(overrides.resolve("adr"));
        Files.writeString(overrides.resolve("adr/index.md.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");

        assertThatThrownBy(() -> generate(new AdrGenerator(), overrides))
                .isInstanceOf(Templates.TemplateFailure.class)
                .hasMessageStartingWith("template adr/index.md.ftl failed: ")
                .hasMessageContaining("Instantiating freemarker.template.utility.Execute is not allowed")
                .satisfies(e -> assertThat(((Templates.TemplateFailure) e).template()).isEqualTo("adr/index.md.ftl"));
    }

    @Test
    void anOverrideTemplateWritingWithoutEndFailsAtTheOutputLimit() throws Exception {
        Files.createDirectories(overrides.resolve("adr"));
        Files.writeString(overrides.resolve("adr/index.md.ftl"), "<#list 1..2000000000 as i>${\"\"?left_pad(65536, \"x\")}</#list>");

        assertThatThrownBy(() -> new AdrGenerator().generate(new GenerationContext(ShopFixture.analysis(), new Templates(overrides))))
                .isInstanceOf(Templates.TemplateFailure.class)
                .hasMessage("template adr/index.md.ftl failed: the template wrote more than 64 MiB of text");
    }

    @Test
    void overrideTemplatesCannotReachTheJavaApi() throws Exception {
        Files.createDirectories(overrides.resolve("adr"));
        Files.writeString(overrides.resolve("adr/decision.md.ftl"), "${title?api.getClass().getName()}");

        assertThatThrownBy(() -> generate(new AdrGenerator(), overrides))
                .isInstanceOf(Templates.TemplateFailure.class)
                .hasMessageStartingWith("template adr/decision.md.ftl failed: ")
                .hasMessageContaining("api_builtin_enabled");
    }

    @Test
    void overrideTemplatesCannotReachClassLoadersOrLoadClassesThroughTheModel() throws Exception {
        for (String expression : List.of("getClass().getClassLoader()", "getClass().forName(\"java.lang.Runtime\")",
                "getClass().getProtectionDomain()", "decisions[0].getClass().getClassLoader()",
                "getClass().getModule().getClassLoader()")) {
            override("adr/index.md.ftl", "${" + expression + "}");

            assertThatThrownBy(() -> generate(new AdrGenerator(), overrides))
                    .as(expression).isInstanceOf(Templates.TemplateFailure.class)
                    .hasMessageStartingWith("template adr/index.md.ftl failed: ");
        }
    }

    /** Every built-in template, with the generator that renders it. */
    static Stream<Arguments> builtInTemplates() {
        return Stream.of(Arguments.of("adr/decision.md.ftl", new AdrGenerator()),
                Arguments.of("adr/index.md.ftl", new AdrGenerator()),
                Arguments.of("docs/architecture.md.ftl", new DocsGenerator()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInTemplates")
    void noOverrideOfABuiltInTemplateCanInstantiateAClass(String name, Generator generator) throws Exception {
        for (String className : List.of("freemarker.template.utility.Execute",
                "freemarker.template.utility.ObjectConstructor", "freemarker.template.utility.JythonRuntime",
                "java.lang.ProcessBuilder")) {
            override(name, "<#assign x = \"" + className + "\"?new()>${x(\"id\")}");

            assertThatThrownBy(() -> generate(generator, overrides))
                    .isInstanceOf(Templates.TemplateFailure.class)
                    .hasMessageStartingWith("template " + name + " failed: ")
                    .hasMessageContaining("Instantiating " + className + " is not allowed")
                    .satisfies(e -> assertThat(((Templates.TemplateFailure) e).template()).isEqualTo(name));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInTemplates")
    void noOverrideCanIncludeOrImportAFileOutsideTheTemplateDirectories(String name, Generator generator,
            @TempDir Path elsewhere) throws Exception {
        Path secret = Files.writeString(elsewhere.resolve("secret.ftl"), "TOP-SECRET");
        String absolute = secret.toAbsolutePath().toString().replace('\\', '/');
        String relative = overrides.relativize(secret).toString().replace('\\', '/');
        assertThat(relative).startsWith("../");
        for (String directive : List.of("<#include \"" + absolute + "\">", "<#include \"" + relative + "\">",
                "<#include \"../../../../../../../../../.." + absolute + "\">",
                "<#import \"" + absolute + "\" as s>", "<#import \"" + relative + "\" as s>",
                "<#include \"file://" + absolute + "\">", "<#include \"/dev/infraarchitect/../../" + relative + "\">")) {
            override(name, directive);

            assertThatThrownBy(() -> generate(generator, overrides))
                    .as(directive).isInstanceOf(Templates.TemplateFailure.class)
                    .hasMessageStartingWith("template " + name + " failed: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
        }
    }

    @Test
    void aLinkInTheOverrideDirectoryLeadingOutsideIsRefused(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("decision.md.ftl"), "TOP-SECRET");
        Files.createSymbolicLink(overrides.resolve("adr"), elsewhere);

        assertThatThrownBy(() -> generate(new AdrGenerator(), overrides))
                .isInstanceOf(Templates.TemplateFailure.class)
                .hasMessageStartingWith("template adr/decision.md.ftl failed: ")
                .hasMessageContaining("resolves to " + elsewhere.toRealPath().resolve("decision.md.ftl"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
    }

    private void override(String name, String content) throws IOException {
        Path file = overrides.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static List<GeneratedFile> generate(Generator generator, Path overrides) {
        return generator.generate(new GenerationContext(ShopFixture.analysis(), new Templates(overrides)));
    }

    private static String text(List<GeneratedFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }
}
