package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.CheckResult;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9: long runs over a changelog (upgrade, verify's stairway) report their progress at each tenth, timed. */
class ProgressTest {

    @TempDir
    Path project;

    private Path longChangelog() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, "databaseChangeLog:\n" + IntStream.rangeClosed(1, 25).mapToObj(i -> """
                  - changeSet:
                      id: "%d"
                      author: alice
                      changes:
                        - createTable: {tableName: t%d, columns: [{column: {name: id, type: bigint}}]}
                """.formatted(i, i)).collect(Collectors.joining()));
        return master;
    }

    private static List<String> progressLines(RecordingListener listener, String start) {
        return listener.lines().stream().filter(line -> line.startsWith(start))
                .map(line -> line.replaceAll("\\(\\d+\\.\\d s\\)", "(<time>)")).toList();
    }

    @Test
    void aLongUpgradeReportsEachTenth() throws Exception {
        Path master = longChangelog();
        RecordingListener listener = new RecordingListener();
        try (ScratchDatabase db = TestPostgres.newDatabase()) {

            List<ChangesetRef> applied = new ChangelogRunner(listener).upgrade(
                    new ChangelogRequest(master, ModelProject.target(db)), 0);

            assertThat(applied).hasSize(25);
        }
        assertThat(progressLines(listener, "Upgrade")).containsExactly(IntStream.of(3, 6, 9, 12, 15, 18, 21, 24)
                .mapToObj(n -> "Upgrade: " + n + "/25 changesets applied (<time>)").toArray(String[]::new));
    }

    @Test
    void aLongUpgradeOfACountReportsEachTenthOfThatCount() throws Exception {
        Path master = longChangelog();
        RecordingListener listener = new RecordingListener();
        try (ScratchDatabase db = TestPostgres.newDatabase()) {

            List<ChangesetRef> applied = new ChangelogRunner(listener).upgrade(
                    new ChangelogRequest(master, ModelProject.target(db)), 22);

            assertThat(applied).extracting(ChangesetRef::id).endsWith("22");
        }
        assertThat(progressLines(listener, "Upgrade")).containsExactly(IntStream.of(3, 6, 9, 12, 15, 18, 21)
                .mapToObj(n -> "Upgrade: " + n + "/22 changesets applied (<time>)").toArray(String[]::new));
        assertThat(listener.lines().stream().filter(line -> line.startsWith("Applied db.changelog"))).hasSize(22);
    }

    @Test
    void aLongStairwayReportsEachTenth() throws Exception {
        Path master = longChangelog();
        RecordingListener listener = new RecordingListener();
        try (ScratchDatabase db = TestPostgres.newDatabase(); Connection connection = db.connect()) {

            CheckResult result = new ChangelogChecks(listener).reversible(ChangelogLocation.of(master), connection,
                    ReversibleStart.ALL);

            assertThat(result.summary()).isEqualTo("25 changesets roll back exactly, one by one and all together");
        }
        assertThat(progressLines(listener, "Stairway")).containsExactly(IntStream.of(3, 6, 9, 12, 15, 18, 21, 24)
                        .mapToObj(n -> "Stairway: " + n + "/25 changesets applied and rolled back (<time>)")
                        .toArray(String[]::new));
    }
}
