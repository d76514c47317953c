package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
        project.useShadow(ShadowSpec.embedded().withCache(dir.resolve("target/dbflow/cache")));
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

    @Test
    void unchangedClassesAndChangelogStartNoShadowServerAndAChangedClassIsReadAgain() {
        Path classes = dir.resolve("target/classes");
        Path master = new ModelProject(dir).master();
        RecordingListener listener = new RecordingListener();
        EntityCompiler.compile(ITEM, classes);
        assertThat(run(classes, master, listener, 1).changesetFile()).isPresent();
        assertThat(run(classes, master, listener, 2).summary()).isEmpty();
        assertThat(run(classes, master, listener, 3).summary()).isEmpty();

        // Same class file path, new bytes: the entities' schema must be read again.
        EntityCompiler.compile(Map.of("shop/Item.java", ITEM.get("shop/Item.java").replace("100", "200")), classes);
        GenerateResult changed = run(classes, master, listener, 4);

        assertThat(changed.summary()).containsExactly("~ column item.name: varchar(100) -> varchar(200)");
        assertThat(listener.lines().stream().filter(line -> line.startsWith("Shadow database: "))
                .map(line -> line.startsWith("Shadow database: embedded PostgreSQL on port ") ? "started" : line))
                .containsExactly("started", "started", "Shadow database: not started; both schemas come from the "
                        + "cache in " + dir.resolve("target/dbflow/cache") + " (no class or changelog file changed)",
                        "started");
        assertThat(listener.lines().stream().filter(line -> line.startsWith("Timings: "))
                .map(line -> line.replaceAll("Timings: (model load) [0-9.]+ s( \\(cached\\))?,.*(changelog apply) "
                        + "[0-9.]+ s( \\(cached\\))?,.*", "$1$2, $3$4")))
                .containsExactly("model load, changelog apply", "model load (cached), changelog apply",
                        "model load (cached), changelog apply (cached)", "model load, changelog apply (cached)");
    }

    private GenerateResult run(Path classes, Path master, RecordingListener listener, int minute) {
        GenerateRequest request = new GenerateRequest(classes, List.of(classes), List.of(), "hibernate",
                ShadowSpec.embedded().withCache(dir.resolve("target/dbflow/cache")), master, null, "item", "tester");
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:00:00Z").plusSeconds(60L * minute), ZoneOffset.UTC);
        return new GenerateJob(listener, clock).run(request);
    }

    /** The changelog-apply part of each run's timings line, without its seconds. */
    private static List<String> changelogApplyLines(ModelProject project) {
        return project.listener().lines().stream()
                .filter(line -> line.startsWith("Timings: "))
                .map(line -> line.replaceAll(".*(changelog apply) [0-9.]+ s( \\(cached\\))?,.*", "$1$2"))
                .toList();
    }
}
