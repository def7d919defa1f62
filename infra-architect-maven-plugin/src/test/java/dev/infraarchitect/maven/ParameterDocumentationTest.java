package dev.infraarchitect.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infraarchitect.analysis.Rule;
import dev.infraarchitect.analysis.Rules;
import dev.infraarchitect.analysis.Severity;
import dev.infraarchitect.render.GeneratorInfo;
import dev.infraarchitect.render.Generators;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The parameter documentation {@code infra:help} shows (the plugin descriptor built from the parameters' Javadoc)
 * agrees with the generator and rule registries of the core.
 */
class ParameterDocumentationTest {

    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*[a-z]");

    private static Document descriptor;

    @BeforeAll
    static void readPluginDescriptor() throws Exception {
        try (InputStream in = ParameterDocumentationTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("the plugin descriptor, built before the tests run").isNotNull();
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @Test
    void generatorsNamesTheDefaultsThenTheOptInGeneratorsAndDefaultsToTheRegistrysDefaults() {
        List<String> optIn = Generators.all().stream().filter(info -> !info.byDefault()).map(GeneratorInfo::id)
                .toList();
        for (String goal : List.of("generate", "plan", "validate")) {
            String description = description(goal, "generators");
            int split = description.indexOf("Opt-in:");
            assertThat(split).as(goal + ": the generators parameter has an Opt-in: part").isPositive();
            assertThat(generatorIds(description.substring(0, split))).as(goal).containsExactlyElementsOf(
                    Generators.defaultIds());
            assertThat(generatorIds(description.substring(split))).as(goal).containsExactlyElementsOf(optIn);
            assertThat(defaultValue(goal, "generators")).isEqualTo(String.join(",", Generators.defaultIds()));
        }
    }

    @Test
    void rulesNamesEverySeverityAndItsExampleIsAnAdviceRule() {
        String description = description("validate", "rules");
        for (Severity severity : Severity.values()) {
            assertThat(description).contains(severity.key());
        }
        Matcher example = Pattern.compile("<([a-z-]+)>").matcher(description);
        assertThat(example.find()).as("an example element").isTrue();
        assertThat(Rules.byId(example.group(1))).get().extracting(Rule::hard).isEqualTo(false);
    }

    private static List<String> generatorIds(String text) {
        List<String> ids = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (Generators.byId(word.group()).isPresent() && !ids.contains(word.group())) {
                ids.add(word.group());
            }
        }
        return ids;
    }

    private static Element mojo(String goal) {
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (goal.equals(child(mojo, "goal").getTextContent())) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal + " in the plugin descriptor");
    }

    private static String description(String goal, String parameter) {
        NodeList parameters = child(mojo(goal), "parameters").getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element element = (Element) parameters.item(i);
            if (parameter.equals(child(element, "name").getTextContent())) {
                return child(element, "description").getTextContent();
            }
        }
        throw new AssertionError("no parameter " + parameter + " in goal " + goal);
    }

    private static String defaultValue(String goal, String parameter) {
        Element configuration = child(mojo(goal), "configuration");
        return ((Element) configuration.getElementsByTagName(parameter).item(0)).getAttribute("default-value");
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
