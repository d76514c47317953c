package dev.dbflow.internal.badinput;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.RollbackRequest;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.config.ApplicationProject;
import dev.dbflow.internal.config.ApplicationSettings;
import dev.dbflow.internal.config.TargetDatabaseResolver;
import dev.dbflow.internal.config.TargetSettings;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.internal.snapshot.PgCatalogReader;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import dev.dbflow.testing.TestShadow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 10's bad-input corpus: each malformed input (changelog, entity, setting, database) fails with one clear
 * error, exactly as listed, of dbflow's own exception types (the Maven goal turns them into a failed build), and
 * changes nothing: no file of the project, no object or history row of the database.
 */
class BadInputCorpusTest {

    static final String ITEM = "package app; @jakarta.persistence.Entity public class Item { "
            + "@jakarta.persistence.Id Long id; }";
    static final String MASTER = "src/main/resources/db/changelog/db.changelog-master.yaml";
    static final String APPLIED = """
            databaseChangeLog:
              - changeSet:
                  id: item
                  author: alice
                  changes:
                    - createTable: {tableName: item, columns: [{column: {name: id, type: bigint, constraints: {primaryKey: true, primaryKeyName: item_pkey}}}]}
            """;

    /** A job run on a fresh project and database. */
    interface Job {
        void run(Fixture fixture) throws Exception;
    }

    /**
     * One bad input: files written first (the master upgraded when {@code upgradeFirst}), then the job, which must
     * fail with exactly {@code message} ({@code <dir>} for the project, {@code <db>} and {@code <port>} for the
     * database).
     */
    record Case(String name, Map<String, String> files, boolean upgradeFirst, Job job, String message) {
        static Case of(String name, Map<String, String> files, Job job, String message) {
            return new Case(name, files, false, job, message);
        }

        static Case afterUpgrade(String name, Map<String, String> files, Job job, String message) {
            return new Case(name, files, true, job, message);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The project directory and database a case runs against. */
    record Fixture(Path project, ScratchDatabase db, Dbflow dbflow) {
        Path master() {
            return project.resolve(MASTER);
        }

        TargetDatabase target() {
            return ModelProject.target(db);
        }

        ChangelogRequest request() {
            return new ChangelogRequest(master(), target(), 0);
        }

        GenerateRequest generate(Map<String, String> sources, SafetyOptions safety, ShadowSpec shadow) {
            Path classes = EntityCompiler.compile(sources, project.resolve("target/classes"));
            return new GenerateRequest(classes, List.of(classes), List.of(), "hibernate",
                    shadow == null ? TestShadow.spec() : shadow, master(), null, "bad", "tester", null, null, safety,
                    null);
        }

        TargetDatabase resolve(String url, Map<String, String> environment) {
            return TargetDatabaseResolver.resolve(new TargetSettings(url, null, null, null, null, null, environment,
                    ApplicationSettings.read(new ApplicationProject(project, List.of(), environment, null))));
        }
    }

    @TempDir
    Path dir;

    static Stream<Case> corpus() {
        return Stream.of(ChangelogInputs.all(), EntityInputs.all(), SettingInputs.all()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void failsWithOneClearErrorAndChangesNothing(Case c) throws Exception {
        Path project = dir.resolve("project");
        for (Map.Entry<String, String> file : c.files().entrySet()) {
            Path path = project.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Fixture fixture = new Fixture(project, db, new Dbflow(new RecordingListener()));
            if (c.upgradeFirst()) {
                fixture.dbflow().upgrade(fixture.request());
            }
            Map<String, String> filesBefore = files(project);
            String databaseBefore = database(db);

            Throwable failure = catchThrowable(() -> c.job().run(fixture));

            assertThat(failure).as("the job fails with dbflow's own error").isInstanceOf(DbflowException.class);
            String message = failure.getMessage().replace(project.toString(), "<dir>")
                    .replace(db.name(), "<db>").replace(":" + db.server().port(), ":<port>");
            assertThat(message).isEqualTo(c.message());
            assertThat(message).as("one paragraph").doesNotContain("\n");
            assertThat(files(project)).as("no file changed").isEqualTo(filesBefore);
            assertThat(database(db)).as("the database did not change").isEqualTo(databaseBefore);
        }
    }

    private static Map<String, String> files(Path project) throws Exception {
        Map<String, String> files = new TreeMap<>();
        if (Files.exists(project)) {
            try (Stream<Path> walk = Files.walk(project)) {
                for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/target/"))
                        .toList()) {
                    files.put(project.relativize(file).toString(), Files.readString(file));
                }
            }
        }
        return files;
    }

    private static String database(ScratchDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            List<String> history = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "select to_regclass('databasechangelog') is not null")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    try (ResultSet rows = s.executeQuery(
                            "select id, author, filename from databasechangelog order by 1")) {
                        while (rows.next()) {
                            history.add(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3));
                        }
                    }
                }
            }
            return new PgCatalogReader().read(connection) + " " + history;
        }
    }

    static RollbackRequest rollback(Fixture f, int count, String toTag, java.time.Instant toDate) {
        return new RollbackRequest(f.master(), f.target(), count, toTag, null, toDate);
    }
}
