package dev.infraarchitect.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.model.Descriptor;
import dev.infraarchitect.model.SourceMap;
import org.junit.jupiter.api.Test;

/** Thousands of services bound in slices side by side give what one pass gives, problems included. */
class SlicedBindingTest {

    private static final String FILE = "infra.yaml";

    @Test
    void slicesBindTheSameServices() throws DescriptorException {
        String text = system(3_000, "");
        Descriptor onePass = bind(text, 1);
        Descriptor sliced = bind(text, 4);

        assertThat(sliced.services()).hasSize(3_000).isEqualTo(onePass.services());
        assertThat(sliced.services().firstKey()).isEqualTo(onePass.services().firstKey());
    }

    @Test
    void aProblemInAnySliceGivesTheProblemsOfOnePass() {
        String text = system(3_000, "    replicas: lots\n").replace("  s2999:\n", "  s2999:\n    colour: blue\n");
        DescriptorException onePass = failure(text, 1);
        DescriptorException sliced = failure(text, 4);

        assertThat(sliced.problems()).isEqualTo(onePass.problems()).hasSize(101);
        assertThat(sliced.problems().get(100).message()).isEqualTo(onePass.problems().get(100).message())
                .isEqualTo("1 more problems not shown; fix the ones above and run again");
    }

    private static Descriptor bind(String text, int threads) throws DescriptorException {
        Problems problems = new Problems(FILE);
        Node root = new TreeReader(FILE, problems).read(text, false);
        Descriptor descriptor = new DescriptorBinder(problems, threads).bind(root,
                new SourceMap(FILE, new NodeLocator(root)));
        problems.throwIfAny();
        return descriptor;
    }

    private static DescriptorException failure(String text, int threads) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> bind(text, threads));
        assertThat(thrown).isInstanceOf(DescriptorException.class);
        return (DescriptorException) thrown;
    }

    private static String system(int services, String extraEveryThirtieth) {
        StringBuilder text = new StringBuilder("project: p\nservices:\n");
        for (int i = 0; i < services; i++) {
            text.append("  s").append(i).append(":\n    image: img-").append(i).append('\n')
                    .append("    resources: { cpu: 0.25, memory: 128Mi }\n");
            if (i % 30 == 0) {
                text.append(extraEveryThirtieth);
            }
        }
        return text.toString();
    }
}
