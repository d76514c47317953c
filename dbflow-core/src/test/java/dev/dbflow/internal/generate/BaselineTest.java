package dev.dbflow.internal.generate;

import dev.dbflow.api.BaselineRequest;
import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.VerifyReport;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import dev.dbflow.testing.TestShadow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Baseline on a database built without dbflow: the first changeset builds exactly its schema, views included, is
 * recorded as applied there, the next generate finds nothing, and verify passes right away.
 */
class BaselineTest {

    @TempDir
    Path dir;

    @Test
    void aBaselinedDatabaseNeedsNoChangesetAndPassesVerify() throws Exception {
        ModelProject original = new ModelProject(dir.resolve("original"));
        GenerateResult first = original.generate(TaskboardRoundTripTest.TASKBOARD, "spring", "initial schema");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            original.upgrade(db);
            // The database as a team has it before adopting dbflow: the schema, a report view, no Liquibase history.
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("drop table databasechangelog, databasechangeloglock");
                s.execute("create view task_titles as select title from task");
            }
            ModelProject adopted = new ModelProject(dir.resolve("adopted"));
            RecordingListener listener = new RecordingListener();
            Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

            GenerateResult baseline = new BaselineJob(listener, clock).run(new BaselineRequest(adopted.master(),
                    ModelProject.target(db), null, null, "tester", TestShadow.spec()));

            assertThat(baseline.summary()).isEqualTo(Stream.concat(first.summary().stream(),
                    Stream.of("+ view task_titles")).toList());
            assertThat(baseline.changesetFile()).hasValue(adopted.master().getParent()
                    .resolve("changes/20261129100000_baseline.yaml"));
            String where = "database '" + db.name() + "' at " + TestPostgres.server().host() + ":"
                    + TestPostgres.server().port();
            assertThat(listener.lines()).last().isEqualTo("Marked db/changelog/changes/20261129100000_baseline.yaml"
                    + "::20261129100000-baseline::tester as applied to the " + where + " (nothing was run)");
            assertThat(new Dbflow(listener).history(new ChangelogRequest(adopted.master(), ModelProject.target(db))))
                    .extracting(ChangesetRef::id).containsExactly("20261129100000-baseline");

            assertThat(adopted.generate(TaskboardRoundTripTest.TASKBOARD, "spring", "none").summary()).isEmpty();
            VerifyReport verify = adopted.verify(TaskboardRoundTripTest.TASKBOARD, "spring", ModelProject.target(db));
            assertThat(verify.checks()).extracting(VerifyReport::line).allMatch(line -> line.startsWith("✓"));
            assertThat(verify.checks()).hasSize(7);
        }
    }

    @Test
    void aDatabaseWithLiquibaseHistoryIsRefused() throws Exception {
        ModelProject original = new ModelProject(dir.resolve("original"));
        original.generate(TaskboardRoundTripTest.TASKBOARD, "spring", "initial schema");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            original.upgrade(db);
            ModelProject adopted = new ModelProject(dir.resolve("adopted"));

            assertThatThrownBy(() -> new Dbflow(new RecordingListener()).baseline(new BaselineRequest(adopted.master(),
                    ModelProject.target(db), null, null, "tester", TestShadow.spec())))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("The database '" + db.name() + "' at " + TestPostgres.server().host() + ":"
                            + TestPostgres.server().port() + " already has Liquibase history (1 changeset in "
                            + "databasechangelog): a changelog manages it already, and a baseline would mix a second "
                            + "one into its history. Point 'changelog' at that changelog and run mvn dbflow:status; "
                            + "baseline is for a database that no changelog has touched.");
            assertThat(adopted.master()).doesNotExist();
        }
    }

    @Test
    void anEmptyDatabaseIsRefused() throws Exception {
        ModelProject project = new ModelProject(dir);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            BaselineRequest request = new BaselineRequest(project.master(), ModelProject.target(db), null, null, "t",
                    TestShadow.spec());
            String where = "database '" + db.name() + "' at " + TestPostgres.server().host() + ":"
                    + TestPostgres.server().port();

            assertThatThrownBy(() -> new Dbflow(new RecordingListener()).baseline(request))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("The " + where + " has no table or sequence: there is nothing to baseline. Run mvn "
                            + "dbflow:generate to write the first changeset from your entities.");
            assertThat(project.master()).doesNotExist();
        }
    }
}
