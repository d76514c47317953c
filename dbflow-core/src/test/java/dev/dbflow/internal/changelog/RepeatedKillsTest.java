package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.StatusResult;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.internal.snapshot.PgCatalogReader;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import dev.dbflow.testing.UpgradeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: upgrade killed (SIGKILL) again and again at random points of a changelog of several changesets. After
 * every kill, status names exactly the changesets whose tables exist (none half applied), a lock left behind is
 * released with unlock, and the next upgrade goes on; the final schema is the one an uninterrupted upgrade builds.
 * {@code -Ddbflow.kills=N} runs N kills instead of the default few (the seed is fixed, so a failure repeats).
 */
class RepeatedKillsTest {

    private static final int CHANGESETS = 6;

    @TempDir
    Path project;

    @Test
    void everyKillLeavesWholeChangesetsAndTheNextUpgradeGoesOn() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, "databaseChangeLog:\n" + IntStream.rangeClosed(1, CHANGESETS).mapToObj(i -> """
                  - changeSet:
                      id: "%d"
                      author: alice
                      changes:
                        - createTable: {tableName: t%d, columns: [{column: {name: id, type: bigint}}]}
                        - sql: {sql: select pg_sleep(0.4)}
                """.formatted(i, i)).collect(Collectors.joining()));
        int kills = Integer.getInteger("dbflow.kills", 4);
        Random random = new Random(20261129L);
        Dbflow dbflow = new Dbflow(new RecordingListener());
        try (ScratchDatabase db = TestPostgres.newDatabase(); ScratchDatabase reference = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db), 0);
            int landed = 0;
            for (int kill = 0; kill < kills; kill++) {
                Process upgrade = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), UpgradeProcess.class.getName(), master.toString(),
                        db.jdbcUrl(), db.server().user(), String.valueOf(db.server().password()))
                        .redirectErrorStream(true).redirectOutput(project.resolve("upgrade-" + kill + ".log").toFile())
                        .start();
                boolean finished = upgrade.waitFor(1500 + random.nextInt(2500), TimeUnit.MILLISECONDS);
                upgrade.destroyForcibly().waitFor();
                StatusResult status = dbflow.status(request);
                List<String> applied = dbflow.history(request).stream().map(ChangesetRef::id).toList();
                assertThat(tables(db)).as("after kill %d: the tables of exactly the applied changesets", kill)
                        .isEqualTo(applied.stream().map(id -> "t" + id).sorted().toList());
                assertThat(status.pending()).extracting(ChangesetRef::id)
                        .isEqualTo(IntStream.rangeClosed(applied.size() + 1, CHANGESETS).mapToObj(String::valueOf)
                                .toList());
                landed += finished ? 0 : 1;
                dbflow.unlock(request);
            }
            dbflow.upgrade(request);
            new Dbflow(new RecordingListener()).upgrade(new ChangelogRequest(master, ModelProject.target(reference)));

            assertThat(read(db)).isEqualTo(read(reference));
            assertThat(landed).as("kills that hit a running upgrade").isGreaterThan(0);
        }
    }

    private static List<String> tables(ScratchDatabase db) throws Exception {
        return read(db).tables().stream().map(t -> t.name().name()).sorted().toList();
    }

    private static Schema read(ScratchDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            return new PgCatalogReader().read(connection);
        }
    }
}
