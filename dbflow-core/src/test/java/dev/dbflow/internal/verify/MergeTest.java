package dev.dbflow.internal.verify;

import dev.dbflow.api.CheckResult;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.changelog.ChangelogLocation;
import dev.dbflow.internal.changelog.ChangesetLineage;
import dev.dbflow.internal.generate.MergeJob;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestShadow;
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
 * Two branches generate from the same head, each adding a file to the folder the master includes whole; verify names
 * both heads, merge records the join, one head remains.
 */
class MergeTest {

    private static final String ITEM = "package app; @jakarta.persistence.Entity public class Item {"
            + " @jakarta.persistence.Id Long id; %s }";

    @TempDir
    Path dir;

    @Test
    void twoHeadsFromOneParentAreAConflictUntilMerged() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(model(""), "hibernate", "base");
        String master = Files.readString(project.master());
        Path branchOne = project.generate(model("String x;"), "hibernate", "branch one").changesetFile().orElseThrow();
        // Branch two starts from the base, without branch one's file; git's merge then brings both files together.
        Path aside = Files.move(branchOne, dir.resolve(branchOne.getFileName()));
        project.generate(model("String y;"), "hibernate", "branch two");
        Files.move(aside, branchOne);
        // The master includes changes/ whole: neither branch edited it, so merging them cannot conflict there.
        assertThat(project.master()).content().isEqualTo(master);

        ChangesetLineage lineage = ChangesetLineage.of(ChangelogLocation.of(project.master()));
        assertThat(lineage.heads()).containsExactly("20260102030600-branch-one", "20260102030700-branch-two");
        assertThat(lineage.conflicts()).containsExactly(Map.entry("20260102030500-base",
                List.of("20260102030600-branch-one", "20260102030700-branch-two")));
        Map<String, String> merged = model("String x; String y;");
        assertThat(project.verify(merged, "hibernate", null).checks().get(2)).isEqualTo(new CheckResult("no conflicts",
                CheckResult.Status.FAILED, "2 heads", List.of("20260102030600-branch-one and 20260102030700-branch-two"
                + " were both generated from 20260102030500-base (branches merged): run mvn dbflow:merge, which checks"
                + " the combined changelog against the entities and records the merge; mvn dbflow:heads lists the heads")));

        Path classes = EntityCompiler.compile(merged, dir.resolve("target/merge-classes"));
        new MergeJob(new RecordingListener(), Clock.fixed(Instant.parse("2026-01-03T00:00:00Z"), ZoneOffset.UTC))
                .run(new GenerateRequest(classes, List.of(classes), List.of(), "hibernate", TestShadow.spec(),
                        project.master(), null, null, "tester", null, null, SafetyOptions.strict(), null));

        assertThat(project.master()).content().isEqualTo(master);
        ChangesetLineage after = ChangesetLineage.of(ChangelogLocation.of(project.master()));
        assertThat(after.conflicts()).isEmpty();
        assertThat(after.heads()).containsExactly("20260103000000-merge");
        assertThat(project.verify(merged, "hibernate", null).passed(false)).isTrue();
        String next = Files.readString(project.generate(model("String x; String y; String z;"), "hibernate", "after")
                .changesetFile().orElseThrow());
        assertThat(next).contains("dbflow-parent: 20260103000000-merge");
    }

    private static Map<String, String> model(String fields) {
        return Map.of("app/Item.java", String.format(ITEM, fields));
    }
}
