package dev.infraarchitect.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infraarchitect.render.output.SharedOutputDirectoryException;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two projects configured with one output directory, built one after the other: the second generation fails with
 * a message naming both descriptors and leaves the first one's output as it was, instead of removing it as stale.
 */
class SharedOutputDirectoryTest {

    @TempDir
    Path root;

    @Test
    void aSecondDescriptorGeneratingIntoTheSameDirectoryFailsAndRemovesNothing() throws Exception {
        String yaml = BuildFixture.resource("/load/full-spec.yaml");
        // the same bytes and display name in both: equal fingerprints must not hide that they are two descriptors
        Path shop = BuildFixture.descriptor(root.resolve("shop"), yaml);
        Path blog = BuildFixture.descriptor(root.resolve("blog"), yaml);
        Path shared = root.resolve("shared-infra");

        GenerationResult first = BuildFixture.build(shop, shared, null).generate();
        assertThat(first.upToDate()).isFalse();
        assertThat(first.changes().added()).isNotEmpty();
        SortedMap<String, byte[]> written = BuildFixture.files(shared);

        assertThatThrownBy(() -> BuildFixture.build(blog, shared, null).generate())
                .isInstanceOf(SharedOutputDirectoryException.class)
                .hasMessageContaining("holds the files generated from " + shop + ", not from " + blog)
                .hasMessageEndingWith("give each module or execution its own outputDirectory");
        InfraBuild blogBuild = BuildFixture.build(blog, shared, null);
        assertThatThrownBy(() -> blogBuild.pendingChanges(blogBuild.loadAndAnalyze()))
                .isInstanceOf(SharedOutputDirectoryException.class);

        assertThat(BuildFixture.files(shared)).usingRecursiveComparison().isEqualTo(written);
        assertThat(BuildFixture.build(shop, shared, null).generate().upToDate()).isTrue();
    }

    @Test
    void eachDescriptorWithItsOwnDirectoryRegeneratesAsBefore() throws Exception {
        String yaml = BuildFixture.resource("/load/full-spec.yaml");
        Path shop = BuildFixture.descriptor(root.resolve("shop"), yaml);
        Path blog = BuildFixture.descriptor(root.resolve("blog"), yaml);

        BuildFixture.build(shop, root.resolve("shop/target/infra"), null).generate();
        BuildFixture.build(blog, root.resolve("blog/target/infra"), null).generate();

        assertThat(BuildFixture.build(shop, root.resolve("shop/target/infra"), null).generate().upToDate()).isTrue();
        assertThat(BuildFixture.build(blog, root.resolve("blog/target/infra"), null).generate().upToDate()).isTrue();
        assertThat(BuildFixture.files(root.resolve("shop/target/infra")))
                .usingRecursiveComparison().isEqualTo(BuildFixture.files(root.resolve("blog/target/infra")));
    }
}
