package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.render.adr.AdrGenerator;
import dev.infraarchitect.render.docs.DocsGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateOverrideTest {

    @TempDir
    Path overrides;

    @Test
    void aTemplateOfTheSameNameInTheOverrideDirectoryReplacesTheBuiltIn() throws Exception {
        Files.createDirectories(overrides.resolve("adr"));
        Files.writeString(overrides.resolve("adr/index.md.ftl"),
                "<#list decisions as d>${d.number}: ${d.status}\n</#list>");

        List<GeneratedFile> files = new AdrGenerator().generate(ShopFixture.analysis(), new Templates(overrides));

        assertThat(text(files, "adr/README.md")).isEqualTo("1: Accepted\n2: Superseded\n3: Accepted\n4: Proposed\n");
        assertThat(text(files, "adr/0001-use-postgresql-for-orders.md")).startsWith("# 1. Use PostgreSQL | for orders\n");
    }

    @Test
    void docsTemplateCanBeReplacedToo() throws Exception {
        Files.createDirectories(overrides.resolve("docs"));
        Files.writeString(overrides.resolve("docs/architecture.md.ftl"),
                "<#list deployment.phases as p>${p.number}=${p.services}\n</#list>");

        List<GeneratedFile> files = new DocsGenerator().generate(ShopFixture.analysis(), new Templates(overrides));

        assertThat(text(files, "docs/architecture.md")).isEqualTo("1=`cache`, `postgres`, `search`\n2=`api`\n3=`web`\n");
    }

    @Test
    void overrideTemplatesCannotInstantiateClasses() throws Exception {
        Files.createDirectories(overrides.resolve("adr"));
        Files.writeString(overrides.resolve("adr/index.md.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");

        assertThatThrownBy(() -> new AdrGenerator().generate(ShopFixture.analysis(), new Templates(overrides)))
                .isInstanceOf(Templates.TemplateFailure.class)
                .hasMessageStartingWith("template adr/index.md.ftl failed: ")
                .hasMessageContaining("Instantiating freemarker.template.utility.Execute is not allowed")
                .satisfies(e -> assertThat(((Templates.TemplateFailure) e).template()).isEqualTo("adr/index.md.ftl"));
    }

    @Test
    void overrideTemplatesCannotReachTheJavaApi() throws Exception {
        Files.createDirectories(overrides.resolve("adr"));
        Files.writeString(overrides.resolve("adr/decision.md.ftl"), "${title?api.getClass().getName()}");

        assertThatThrownBy(() -> new AdrGenerator().generate(ShopFixture.analysis(), new Templates(overrides)))
                .isInstanceOf(Templates.TemplateFailure.class)
                .hasMessageStartingWith("template adr/decision.md.ftl failed: ")
                .hasMessageContaining("api_builtin_enabled");
    }

    private static String text(List<GeneratedFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }
}
