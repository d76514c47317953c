package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two upgrades of one database at once: one waits for the other's lock, never both apply a changeset. */
class LockWaitTest {

    private static final String SLOW_FIRST = """
            databaseChangeLog:
              - changeSet:
                  id: "1"
                  author: alice
                  changes:
                    - sql:
                        sql: select pg_sleep(3)
                    - createTable:
                        tableName: one
                        columns:
                          - column: {name: id, type: bigint}
              - changeSet:
                  id: "2"
                  author: alice
                  changes:
                    - createTable:
                        tableName: two
                        columns:
                          - column: {name: id, type: bigint}
            """;

    @TempDir
    Path project;

    @Test
    void aSecondUpgradeWaitsForTheFirstAndThenFindsNothingPending() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, SLOW_FIRST);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db), 30);
            RecordingListener first = new RecordingListener();
            RecordingListener second = new RecordingListener();
            CompletableFuture<List<ChangesetRef>> running = CompletableFuture.supplyAsync(
                    () -> new Dbflow(first).upgrade(request));
            awaitLocked(db);

            List<ChangesetRef> secondApplied = new Dbflow(second).upgrade(request);

            assertThat(running.get()).extracting(ChangesetRef::id).containsExactly("1", "2");
            assertThat(secondApplied).isEmpty();
            assertThat(second.lines()).containsExactly("The database '" + db.name() + "' at "
                    + TestPostgres.server().host() + ":" + TestPostgres.server().port()
                    + " is up to date; no changeset was pending.");
            assertThat(single(db, "select string_agg(id, ',' order by orderexecuted) from databasechangelog"))
                    .isEqualTo("1,2");
            assertThat(single(db, "select locked::text from databasechangeloglock")).isEqualTo("false");
        }
    }

    @Test
    void aLockHeldLongerThanTheWaitFailsNamingTheHolderAndAppliesNothing() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, SLOW_FIRST.substring(0, SLOW_FIRST.indexOf("  - changeSet:\n      id: \"2\"")));
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db), 1);
            Dbflow dbflow = new Dbflow(new RecordingListener());
            dbflow.upgrade(request);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("update databasechangeloglock set locked = true, lockedby = 'build-7 (10.0.0.7)',"
                        + " lockgranted = timestamp '2026-11-29 10:00:00' where id = 1");
            }
            Files.writeString(master, SLOW_FIRST);

            assertThatThrownBy(() -> dbflow.upgrade(request))
                    .isInstanceOf(ConfigurationException.class)
                    .message().matches(Pattern.quote("The database '" + db.name() + "' at "
                            + TestPostgres.server().host() + ":" + TestPostgres.server().port()
                            + " is locked by build-7 (10.0.0.7) since 2026-11-29T") + "\\d\\d:00:00Z"
                            + Pattern.quote(": another upgrade or rollback is running there. Waited 1 s "
                            + "(lockWaitSeconds). Run again when it is done; if no other run is active (a killed run "
                            + "leaves its lock behind), release it with mvn dbflow:unlock."));
            assertThat(single(db, "select string_agg(id, ',' order by orderexecuted) from databasechangelog"))
                    .isEqualTo("1");
            assertThat(single(db, "select lockedby from databasechangeloglock")).isEqualTo("build-7 (10.0.0.7)");
        }
    }

    @Test
    void aNegativeWaitIsRefused() {
        assertThatThrownBy(() -> new ChangelogRequest(project,
                new TargetDatabase("jdbc:postgresql://localhost/app", "app", null, "parameter url"), -1))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The setting 'lockWaitSeconds' (-Ddbflow.lockWaitSeconds) is -1: give how many seconds "
                        + "to wait for another run's lock, 0 or more.");
    }

    private static void awaitLocked(ScratchDatabase db) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select locked from databasechangeloglock where locked")) {
                if (rs.next()) {
                    return;
                }
            } catch (java.sql.SQLException notCreatedYet) {
                // The first upgrade creates the lock table; until then there is nothing to wait for.
            }
            Thread.sleep(25);
        }
        throw new AssertionError("The first upgrade never took the lock");
    }

    private static String single(ScratchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
