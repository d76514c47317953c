package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.Dbflow;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Liquibase 4.33 does with the master dbflow creates ({@code includeAll} of {@code changes/}): the rows it records
 * are those an explicit include of each file records, so a team may swap its includes for the includeAll; files
 * Liquibase has no parser for (a README, dbflow's temporary files) are skipped with a warning.
 */
class IncludeAllMasterTest {

    private static final String INCLUDE_ALL = """
            databaseChangeLog:
              - includeAll:
                  path: changes/
                  relativeToChangelogFile: true
                  errorIfMissingOrEmpty: false
            """;
    private static final String EXPLICIT = """
            databaseChangeLog:
              - include:
                  file: changes/20260101000000_a.yaml
                  relativeToChangelogFile: true
              - include:
                  file: changes/20260102000000_b.yaml
                  relativeToChangelogFile: true
            """;

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();

    private static String changeset(String id) {
        return """
                databaseChangeLog:
                  - changeSet:
                      id: "%s"
                      author: alice
                      changes:
                        - createTable:
                            tableName: t_%s
                            columns:
                              - column: {name: id, type: bigint}
                """.formatted(id, id);
    }

    private Path master(String name, String text) throws Exception {
        Path changes = project.resolve("src/main/resources/db/changelog/changes");
        Files.createDirectories(changes);
        Files.writeString(changes.resolve("20260102000000_b.yaml"), changeset("b"));
        Files.writeString(changes.resolve("20260101000000_a.yaml"), changeset("a"));
        Path master = changes.resolveSibling(name);
        Files.writeString(master, text);
        return master;
    }

    private static List<String> recorded(ScratchDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT id, author, filename FROM databasechangelog "
                     + "ORDER BY orderexecuted")) {
            while (row.next()) {
                rows.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3));
            }
        }
        return rows;
    }

    @Test
    void includeAllRecordsTheSameFilenameAsAnExplicitIncludeRelativeToTheMaster() throws Exception {
        Path explicit = master("explicit.yaml", EXPLICIT);
        Path all = master("db.changelog-master.yaml", INCLUDE_ALL);
        try (ScratchDatabase one = TestPostgres.newDatabase(); ScratchDatabase two = TestPostgres.newDatabase()) {
            new Dbflow(listener).upgrade(new ChangelogRequest(explicit, ModelProject.target(one)));
            new Dbflow(listener).upgrade(new ChangelogRequest(all, ModelProject.target(two)));

            List<String> expected = List.of("a alice db/changelog/changes/20260101000000_a.yaml",
                    "b alice db/changelog/changes/20260102000000_b.yaml");
            assertThat(recorded(one)).isEqualTo(expected);
            assertThat(recorded(two)).isEqualTo(expected);
            // Swapped for the includeAll, the explicit master's database has nothing pending.
            assertThat(new Dbflow(listener).status(new ChangelogRequest(all, ModelProject.target(one))).upToDate())
                    .isTrue();
        }
    }

    @Test
    void filesWithoutAParserAreSkippedWithAWarningAndTemporaryFilesNeverRun() throws Exception {
        Path all = master("db.changelog-master.yaml", INCLUDE_ALL);
        Path changes = all.resolveSibling("changes");
        Files.writeString(changes.resolve("README.md"), "# Changesets\n");
        Files.writeString(changes.resolve(".dbflow-4711.tmp"), changeset("half_written"));
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            new Dbflow(listener).upgrade(new ChangelogRequest(all, ModelProject.target(db)));

            assertThat(recorded(db)).containsExactly("a alice db/changelog/changes/20260101000000_a.yaml",
                    "b alice db/changelog/changes/20260102000000_b.yaml");
            assertThat(listener.lines()).filteredOn(line -> line.startsWith("WARN")).containsExactly(
                    "WARN Liquibase: included file db/changelog/changes/.dbflow-4711.tmp/db/changelog/changes/"
                            + ".dbflow-4711.tmp is not a recognized file type",
                    "WARN Liquibase: included file db/changelog/changes/README.md/db/changelog/changes/README.md "
                            + "is not a recognized file type");
        }
    }

    @Test
    void readingTheChangelogWithoutRunningItLogsNothingOfLiquibasesOwn() throws Exception {
        Path all = master("db.changelog-master.yaml", INCLUDE_ALL);
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // Liquibase's default log goes to java.util.logging, whose console handler prints on standard error.
        Logger liquibase = Logger.getLogger("liquibase");
        liquibase.addHandler(handler);
        try {
            assertThat(new Dbflow(listener).heads(all)).containsExactly("b");
        } finally {
            liquibase.removeHandler(handler);
        }

        assertThat(logged).isEmpty();
    }
}
