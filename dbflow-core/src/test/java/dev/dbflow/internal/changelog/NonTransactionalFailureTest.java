package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.StatusResult;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10: a non-transactional changeset ({@code runInTransaction: false}, as onlineDdl writes for
 * {@code CREATE INDEX CONCURRENTLY}) that fails is not rolled back by anything: the INVALID index it leaves is
 * reported by status as needing attention, with what to do.
 */
class NonTransactionalFailureTest {

    private static final String MASTER = """
            databaseChangeLog:
              - changeSet:
                  id: "1"
                  author: alice
                  changes:
                    - sql: {sql: "create table item (code int); insert into item values (1), (1)"}
              - changeSet:
                  id: "2"
                  author: alice
                  runInTransaction: false
                  changes:
                    - sql: {sql: create unique index concurrently ix_item_code on item (code)}
            """;

    @TempDir
    Path project;

    @Test
    void anIndexAFailedConcurrentBuildLeftIsReported() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Dbflow dbflow = new Dbflow(new RecordingListener());
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db), 1);

            assertThatThrownBy(() -> dbflow.upgrade(request)).isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("Changeset db.changelog-master.yaml::2::alice failed on the database '")
                    .hasMessageContaining(" It runs outside a transaction (runInTransaction: false), so what its "
                            + "statements did before the failing one stays in the database: check for it, and undo it "
                            + "or adjust the changeset, before running again. ");
            StatusResult status = dbflow.status(request);

            assertThat(status.pending()).extracting(ChangesetRef::id).containsExactly("2");
            assertThat(status.attention()).containsExactly("Index ix_item_code on item is INVALID: a CREATE INDEX "
                    + "CONCURRENTLY did not finish (it failed or its run was killed), and nothing rolls such a changeset "
                    + "back. Drop it (DROP INDEX CONCURRENTLY ix_item_code), fix the cause, then run upgrade again.");
        }
    }

    @Test
    void theStatementsBeforeTheFailingOneOfANonTransactionalChangesetAreNamedAsLeftBehind() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, """
                databaseChangeLog:
                  - changeSet:
                      id: "1"
                      author: alice
                      runInTransaction: false
                      changes:
                        - sql: {sql: create table first_half (id int)}
                        - sql: {sql: create table first_half (id int)}
                """);
        try (ScratchDatabase db = TestPostgres.newDatabase(); Connection connection = db.connect()) {
            Dbflow dbflow = new Dbflow(new RecordingListener());
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db), 1);

            assertThatThrownBy(() -> dbflow.upgrade(request)).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("relation \"first_half\" already exists. The statement was: create table "
                            + "first_half (id int). It runs outside a transaction (runInTransaction: false)");

            assertThat(dbflow.status(request).pending()).extracting(ChangesetRef::id).containsExactly("1");
            try (ResultSet tables = connection.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_class WHERE relname = 'first_half'")) {
                tables.next();
                assertThat(tables.getInt(1)).as("the first statement's table stays").isEqualTo(1);
            }
        }
    }
}
