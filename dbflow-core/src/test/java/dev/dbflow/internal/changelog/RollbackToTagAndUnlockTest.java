package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.RollbackRequest;
import dev.dbflow.api.TargetDatabase;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rollback to a tag, the guard on databases not on this machine, and releasing a stale lock. */
class RollbackToTagAndUnlockTest {

    private static final String MASTER = """
            databaseChangeLog:
            %s
            """.formatted(changeset("1", "one") + changeset("2", "two") + changeset("3", "three"));

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();
    private final Dbflow dbflow = new Dbflow(listener);

    private static String changeset(String id, String table) {
        return """
                  - changeSet:
                      id: %s
                      author: alice
                      changes:
                        - createTable:
                            tableName: %s
                            columns:
                              - column:
                                  name: id
                                  type: bigint
                """.formatted(id, table);
    }

    @Test
    void rollbackToATagUndoesEverythingAppliedAfterIt() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
            Files.writeString(master, """
                    databaseChangeLog:
                    %s""".formatted(changeset("1", "one")));
            dbflow.upgrade(request);
            dbflow.tag(request, "v1");
            Files.writeString(master, MASTER);
            dbflow.upgrade(request);

            var undone = dbflow.rollback(new RollbackRequest(master, ModelProject.target(db), 1, "v1", null));

            assertThat(undone).extracting(ChangesetRef::id).containsExactly("3", "2");
            assertThat(single(db, "select string_agg(id, ',' order by orderexecuted) from databasechangelog"))
                    .isEqualTo("1");
            assertThat(listener.lines()).last().isEqualTo("Rolled back 2 changesets on the database '" + db.name()
                    + "' at " + TestPostgres.server().host() + ":" + TestPostgres.server().port() + " to tag 'v1'.");
        }
    }

    @Test
    void aDatabaseNotOnThisMachineNeedsItsNameToRollBack() {
        Path master = project.resolve("db.changelog-master.yaml");
        TargetDatabase remote = new TargetDatabase("jdbc:postgresql://db.internal.example:5432/orders", "app", null,
                "parameter url");

        assertThatThrownBy(() -> dbflow.rollback(new RollbackRequest(master, remote, 1)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Rollback of the database 'orders' at db.internal.example:5432 refused: it is not on this "
                        + "machine. If you mean it, run again with -Ddbflow.confirm=orders.");
    }

    @Test
    void statusAndUnlockReportWhoHeldTheLockAndUnlockReleasesIt() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
            dbflow.upgrade(request);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("update databasechangeloglock set locked = true, lockedby = 'killed-host (pid 42)',"
                        + " lockgranted = timestamp '2026-11-29 10:00:00' where id = 1");
            }
            assertThat(dbflow.status(request).attention()).singleElement().asString()
                    .startsWith("the change lock is held by killed-host (pid 42) since 2026-11-29T")
                    .endsWith(": an upgrade or rollback is running, or a killed one left it (release it with mvn "
                            + "dbflow:unlock when no run is active)");

            dbflow.unlock(request);

            assertThat(listener.lines()).last().asString().startsWith("Released the lock held by killed-host (pid 42)"
                    + " since 2026-11-29T").endsWith(" on the database '" + db.name() + "' at "
                    + TestPostgres.server().host() + ":" + TestPostgres.server().port() + ".");
            assertThat(single(db, "select locked::text from databasechangeloglock")).isEqualTo("false");
            assertThat(dbflow.status(request).attention()).isEmpty();
            dbflow.unlock(request);
            assertThat(listener.lines()).last().isEqualTo("The database '" + db.name() + "' at "
                    + TestPostgres.server().host() + ":" + TestPostgres.server().port() + " is not locked.");
        }
    }

    private static String single(ScratchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void upgradeByCountAppliesTheNextChangesetsOnly() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));

            assertThat(dbflow.upgrade(request, 2)).extracting(ChangesetRef::id).containsExactly("1", "2");
            assertThat(single(db, "select string_agg(id, ',' order by orderexecuted) from databasechangelog"))
                    .isEqualTo("1,2");
            assertThat(dbflow.upgrade(request, 0)).extracting(ChangesetRef::id).containsExactly("3");
            assertThatThrownBy(() -> dbflow.upgrade(request, -1)).isInstanceOf(ConfigurationException.class)
                    .hasMessage("The setting 'count' (-Ddbflow.count) is -1: give how many pending changesets to "
                            + "apply, or leave it out to apply all.");
        }
    }
}
