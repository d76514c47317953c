package dev.dbflow.internal.changelog;

import dev.dbflow.api.CheckResult;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9: verify's stairway over a long changelog reports its progress at each tenth, with the time taken. */
class StairwayProgressTest {

    @TempDir
    Path project;

    @Test
    void aLongStairwayReportsEachTenth() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, "databaseChangeLog:\n" + IntStream.rangeClosed(1, 25).mapToObj(i -> """
                  - changeSet:
                      id: "%d"
                      author: alice
                      changes:
                        - createTable: {tableName: t%d, columns: [{column: {name: id, type: bigint}}]}
                """.formatted(i, i)).collect(Collectors.joining()));
        RecordingListener listener = new RecordingListener();
        try (ScratchDatabase db = TestPostgres.newDatabase(); Connection connection = db.connect()) {

            CheckResult result = new ChangelogChecks(listener).reversible(ChangelogLocation.of(master), connection);

            assertThat(result.summary()).isEqualTo("25 changesets roll back exactly, one by one and all together");
        }
        assertThat(listener.lines().stream().filter(line -> line.startsWith("Stairway"))
                .map(line -> line.replaceAll("\\(\\d+\\.\\d s\\)", "(<time>)")))
                .containsExactly(IntStream.of(3, 6, 9, 12, 15, 18, 21, 24)
                        .mapToObj(n -> "Stairway: " + n + "/25 changesets applied and rolled back (<time>)")
                        .toArray(String[]::new));
    }
}
