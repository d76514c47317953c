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
                    .hasMessageStartingWith("Changeset db.changelog-master.yaml::2::alice failed on the database '");
            StatusResult status = dbflow.status(request);

            assertThat(status.pending()).extracting(ChangesetRef::id).containsExactly("2");
            assertThat(status.attention()).containsExactly("Index ix_item_code on item is INVALID: a CREATE INDEX "
                    + "CONCURRENTLY did not finish (it failed or its run was killed), and nothing rolls such a changeset "
                    + "back. Drop it (DROP INDEX CONCURRENTLY ix_item_code), fix the cause, then run upgrade again.");
        }
    }
}
