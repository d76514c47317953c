package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.DbflowException;
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
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: the server ends the upgrade's connection ({@code pg_terminate_backend}) in the middle of a changeset. The
 * error names the changeset, nothing of it is applied, the change lock the run held is released (its connection is
 * gone, so a new one does it), status tells the truth, and running upgrade again finishes.
 */
class ConnectionLostTest {

    @TempDir
    Path project;

    @Test
    void aTerminatedConnectionFailsNamingTheChangesetAndARerunFinishes() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, KilledUpgradeTest.MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            RecordingListener listener = new RecordingListener();
            Dbflow dbflow = new Dbflow(listener);
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db), 1);

            CompletableFuture<Object> upgrade = CompletableFuture.supplyAsync(() -> dbflow.upgrade(request));
            terminateTheSleepingBackend(db);

            ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> upgrade.get(60, TimeUnit.SECONDS));
            assertThat(failure.getCause()).isInstanceOf(DbflowException.class);
            assertThat(failure.getCause().getMessage()).contains("db.changelog-master.yaml::2::alice");
            assertThat(listener.lines()).contains("WARN The connection to the database '" + db.name() + "' at "
                    + db.server().host() + ":" + db.server().port() + " was lost inside a changeset; PostgreSQL "
                    + "rolled that changeset back, and the change lock this run held is released.");

            StatusResult status = dbflow.status(request);
            assertThat(status.head()).map(ChangesetRef::id).contains("1");
            assertThat(status.pending()).extracting(ChangesetRef::id).containsExactly("2", "3");
            assertThat(dbflow.upgrade(request)).extracting(ChangesetRef::id).containsExactly("2", "3");
            assertThat(dbflow.history(request)).extracting(ChangesetRef::id).containsExactly("1", "2", "3");
        }
    }

    private static void terminateTheSleepingBackend(ScratchDatabase db) throws Exception {
        for (int i = 0; i < 600; i++) {
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                         + "where datname = current_database() and pid <> pg_backend_pid() "
                         + "and query like '%pg_sleep(3)%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The upgrade never reached changeset 2");
    }
}
