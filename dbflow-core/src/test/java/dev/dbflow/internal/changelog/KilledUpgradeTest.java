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
import dev.dbflow.testing.UpgradeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An upgrade killed (SIGKILL) in the middle of a changeset: the changeset is not half applied, status tells the
 * truth, the lock it left is reported, and unlock + upgrade finish the job.
 */
class KilledUpgradeTest {

    /** Three changesets; the second sleeps 3 s, long enough to be interrupted inside it. */
    static final String MASTER = """
            databaseChangeLog:
              - changeSet:
                  id: "1"
                  author: alice
                  changes:
                    - createTable: {tableName: a, columns: [{column: {name: id, type: bigint}}]}
              - changeSet:
                  id: "2"
                  author: alice
                  changes:
                    - createTable: {tableName: b, columns: [{column: {name: id, type: bigint}}]}
                    - sql: {sql: select pg_sleep(3)}
              - changeSet:
                  id: "3"
                  author: alice
                  changes:
                    - createTable: {tableName: c, columns: [{column: {name: id, type: bigint}}]}
            """;

    @TempDir
    Path project;

    @Test
    void aKilledUpgradeLeavesNoHalfChangesetAndUnlockThenUpgradeFinishes() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Process upgrade = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), UpgradeProcess.class.getName(), master.toString(),
                    db.jdbcUrl(), db.server().user(), String.valueOf(db.server().password()))
                    .redirectErrorStream(true).redirectOutput(project.resolve("upgrade.log").toFile()).start();
            awaitInsideChangesetTwo(db, upgrade);
            upgrade.destroyForcibly().waitFor();

            RecordingListener listener = new RecordingListener();
            Dbflow dbflow = new Dbflow(listener);
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db), 1);
            StatusResult status = dbflow.status(request);
            assertThat(status.head()).map(ChangesetRef::id).contains("1");
            assertThat(status.pending()).extracting(ChangesetRef::id).containsExactly("2", "3");
            assertThat(tables(db)).as("changeset 2's table went with its transaction").containsExactly("a");
            assertThatThrownBy(() -> dbflow.upgrade(request))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(" is locked by ")
                    .hasMessageEndingWith("release it with mvn dbflow:unlock.");

            dbflow.unlock(request);
            List<ChangesetRef> applied = dbflow.upgrade(request);

            assertThat(listener.lines()).anyMatch(line -> line.startsWith("Released the lock held by "));
            assertThat(applied).extracting(ChangesetRef::id).containsExactly("2", "3");
            assertThat(tables(db)).containsExactly("a", "b", "c");
            assertThat(dbflow.history(request)).extracting(ChangesetRef::id).containsExactly("1", "2", "3");
        }
    }

    /** Waits until changeset 1 is recorded and the lock is held, then a little into changeset 2's sleep. */
    private static void awaitInsideChangesetTwo(ScratchDatabase db, Process upgrade) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!upgrade.isAlive()) {
                throw new AssertionError("The upgrade process ended before it could be killed");
            }
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select (select count(*) from databasechangelog), "
                         + "(select bool_or(locked) from databasechangeloglock)")) {
                rs.next();
                if (rs.getInt(1) == 1 && rs.getBoolean(2)) {
                    Thread.sleep(1000);
                    return;
                }
            } catch (SQLException notYetCreated) {
                // Liquibase creates its tables first; until then there is nothing to look at.
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Changeset 1 was never recorded");
    }

    private static List<String> tables(ScratchDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                     + "and tablename not like 'databasechangelog%' order by 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
