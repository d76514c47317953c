package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.testing.ModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate} on the embedded shadow server with its cache: a run whose changelog files are unchanged
 * reuses the schema they built, and no edit of a changelog file can make the cache give a wrong diff.
 */
class ShadowCacheGenerateTest {

    private static final Map<String, String> ITEM = Map.of("shop/Item.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Item {
                @Id Long id;
                @Column(length = 100) String name;
            }
            """);

    @TempDir
    Path dir;

    @Test
    void anUnchangedChangelogComesFromTheCacheAndAnEditedOneIsAppliedAgain() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.useShadow(ShadowSpec.embedded().withCache(dir.resolve("target/dbflow/shadow-cache")));
        Path changeset = project.generate(ITEM, "hibernate", "item").changesetFile().orElseThrow();

        assertThat(project.generate(ITEM, "hibernate", "none").summary()).isEmpty();
        assertThat(project.generate(ITEM, "hibernate", "none").summary()).isEmpty();
        assertThat(changelogApplyLines(project)).containsExactly("changelog apply", "changelog apply",
                "changelog apply (cached)");

        // An applied changeset edited by hand: the schema it builds differs, so the cached one must not be used.
        String text = Files.readString(changeset);
        assertThat(text).contains("varchar(100)");
        Files.writeString(changeset, text.replace("varchar(100)", "varchar(200)"));
        GenerateResult afterEdit = project.generate(ITEM, "hibernate", "back to 100");

        assertThat(afterEdit.summary()).containsExactly("~ column item.name: varchar(200) -> varchar(100)  [DL003 LK003]");
        assertThat(changelogApplyLines(project)).endsWith("changelog apply");
    }

    /** The changelog-apply part of each run's timings line, without its seconds. */
    private static List<String> changelogApplyLines(ModelProject project) {
        return project.listener().lines().stream()
                .filter(line -> line.startsWith("Timings: "))
                .map(line -> line.replaceAll(".*(changelog apply) [0-9.]+ s( \\(cached\\))?,.*", "$1$2"))
                .toList();
    }
}
