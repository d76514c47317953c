package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.RollbackRequest;
import dev.dbflow.api.StatusResult;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.shadow.PostgresServer;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangelogRunnerTest {

    private static final String MASTER_PATH = "db/changelog/db.changelog-master.yaml";
    private static final String MASTER = """
            databaseChangeLog:
              - changeSet:
                  id: 1
                  author: alice
                  changes:
                    - createTable:
                        tableName: task
                        columns:
                          - column:
                              name: id
                              type: bigint
                              constraints:
                                primaryKey: true
                                nullable: false
                          - column:
                              name: title
                              type: varchar(200)
                              constraints:
                                nullable: false
              - changeSet:
                  id: 2
                  author: alice
                  changes:
                    - addColumn:
                        tableName: task
                        columns:
                          - column:
                              name: priority
                              type: varchar(20)
                  rollback:
                    - dropColumn:
                        tableName: task
                        columnName: priority
            """;

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();
    private final Dbflow dbflow = new Dbflow(listener);

    @Test
    void statusUpgradeHistoryAndRollbackOnARealDatabase() throws Exception {
        Path master = write("src/main/resources/" + MASTER_PATH, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, target(db));
            ChangesetRef one = new ChangesetRef("1", "alice", MASTER_PATH, null);
            ChangesetRef two = new ChangesetRef("2", "alice", MASTER_PATH, null);
            String where = "database '" + db.name() + "' at " + TestPostgres.server().host() + ":"
                    + TestPostgres.server().port();

            assertThat(dbflow.status(request)).isEqualTo(new StatusResult(Optional.empty(), List.of(one, two), Map.of()));
            assertThat(tables(db)).as("status leaves the database alone").isEmpty();

            Instant before = Instant.now().minusSeconds(1);
            List<ChangesetRef> applied = dbflow.upgrade(request);

            assertThat(applied).extracting(ChangesetRef::display).containsExactly(one.display(), two.display());
            assertThat(applied).allSatisfy(ref -> assertThat(ref.appliedAt()).isBetween(before, Instant.now()));
            assertThat(listener.lines()).containsExactly(
                    "Applied " + MASTER_PATH + "::1::alice",
                    "Applied " + MASTER_PATH + "::2::alice",
                    "Applied 2 changesets to the " + where + "; head is now " + MASTER_PATH + "::2::alice.");
            assertThat(columns(db)).containsExactly("id bigint NO", "title character varying(200) NO",
                    "priority character varying(20) YES");
            assertThat(recorded(db)).containsExactly("1 alice " + MASTER_PATH + " 1", "2 alice " + MASTER_PATH + " 2");

            StatusResult status = dbflow.status(request);
            assertThat(status.head()).map(ChangesetRef::display).contains(two.display());
            assertThat(status.pending()).isEmpty();

            List<ChangesetRef> history = dbflow.history(request);
            assertThat(history).isEqualTo(applied);
            assertThat(history.get(0).appliedAt()).isBeforeOrEqualTo(history.get(1).appliedAt());

            assertThat(dbflow.upgrade(request)).isEmpty();
            assertThat(listener.lines()).last().isEqualTo("The " + where + " is up to date; no changeset was pending.");

            List<ChangesetRef> undone = dbflow.rollback(new RollbackRequest(master, target(db), 1));

            assertThat(undone).containsExactly(two);
            assertThat(listener.lines().subList(4, listener.lines().size())).containsExactly(
                    "Rolled back " + MASTER_PATH + "::2::alice",
                    "Rolled back 1 changeset on the " + where + "; head is now " + MASTER_PATH + "::1::alice.");
            assertThat(columns(db)).containsExactly("id bigint NO", "title character varying(200) NO");
            assertThat(recorded(db)).containsExactly("1 alice " + MASTER_PATH + " 1");
            assertThat(dbflow.status(request)).isEqualTo(new StatusResult(Optional.of(history.get(0)), List.of(two), Map.of()));
        }
    }

    @Test
    void rollingBackMoreThanIsAppliedSaysHowManyAre() throws Exception {
        Path master = write("src/main/resources/" + MASTER_PATH, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            dbflow.upgrade(new ChangelogRequest(master, target(db)));

            assertThatThrownBy(() -> dbflow.rollback(new RollbackRequest(master, target(db), 3)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("Cannot roll back 3 changesets: only 2 changesets are applied to the database '"
                            + db.name() + "' at " + TestPostgres.server().host() + ":" + TestPostgres.server().port()
                            + ". Set 'count' (-Ddbflow.count) to 2 or less.");
            assertThat(recorded(db)).hasSize(2);
        }
    }

    @Test
    void rollingBackWithNothingAppliedSaysSo() throws IOException {
        Path master = write("src/main/resources/" + MASTER_PATH, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> dbflow.rollback(new RollbackRequest(master, target(db), 1)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("Cannot roll back 1 changeset: no changeset is applied to the database '" + db.name()
                            + "' at " + TestPostgres.server().host() + ":" + TestPostgres.server().port()
                            + ". There is nothing to roll back.");
        }
    }

    @Test
    void aChangesetWithoutRollbackNamesItAndKeepsItApplied() throws Exception {
        Path master = write("src/main/resources/" + MASTER_PATH, MASTER + """
                  - changeSet:
                      id: 3
                      author: bob
                      changes:
                        - sql:
                            sql: create view task_titles as select title from task
                """);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            dbflow.upgrade(new ChangelogRequest(master, target(db)));

            assertThatThrownBy(() -> dbflow.rollback(new RollbackRequest(master, target(db), 2)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("Rolling back changeset " + MASTER_PATH + "::3::bob failed on the database '"
                            + db.name() + "' at " + TestPostgres.server().host() + ":" + TestPostgres.server().port()
                            + ": No inverse to liquibase.change.core.RawSQLChange created. Add a rollback block to "
                            + "that changeset, then roll back again; changesets rolled back before it stay rolled "
                            + "back.");
            assertThat(recorded(db)).hasSize(3);
        }
    }

    @Test
    void liquibaseWritesNothingToTheConsoleAndLogsToDebug() throws IOException {
        Path master = write("src/main/resources/" + MASTER_PATH, MASTER);
        List<String> debug = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        DbflowListener collecting = new DbflowListener() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void debug(String message) {
                debug.add(message);
            }
        };
        PrintStream out = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            new Dbflow(collecting).upgrade(new ChangelogRequest(master, target(db)));
        } finally {
            System.setOut(out);
        }

        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(debug).contains("Liquibase: Running Changeset: " + MASTER_PATH + "::1::alice",
                "Liquibase: UPDATE SUMMARY");
    }

    @Test
    void aChangelogOutsideSrcMainResourcesIsRecordedRelativeToItsDirectory() throws Exception {
        Path master = write("migrations/master.yaml", MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase(); Connection connection = db.connect()) {
            ChangelogLocation location = ChangelogLocation.of(master);
            assertThat(location).isEqualTo(new ChangelogLocation(master.toAbsolutePath().normalize(),
                    project.resolve("migrations").toAbsolutePath().normalize(), "master.yaml", null, null, null));

            List<ChangesetRef> applied = location.applyTo(connection, listener);

            assertThat(applied).extracting(ChangesetRef::display)
                    .containsExactly("master.yaml::1::alice", "master.yaml::2::alice");
            assertThat(connection.isClosed()).isFalse();
            assertThat(connection.getAutoCommit()).as("auto-commit restored").isTrue();
            assertThat(recorded(db)).containsExactly("1 alice master.yaml 1", "2 alice master.yaml 2");
            assertThat(listener.lines()).as("applyTo reports at debug level only").isEmpty();
        }
    }

    @Test
    void theSearchRootIsTheNearestSrcMainResources() throws IOException {
        Path master = write("module/src/main/resources/db/master.xml", "<databaseChangeLog/>");

        assertThat(ChangelogLocation.of(master).searchRoot())
                .isEqualTo(project.resolve("module/src/main/resources").toAbsolutePath().normalize());
        assertThat(ChangelogLocation.of(master).path()).isEqualTo("db/master.xml");
    }

    @Test
    void aMissingChangelogSuggestsGenerate() {
        Path missing = project.resolve("src/main/resources/" + MASTER_PATH);

        assertThatThrownBy(() -> dbflow.status(new ChangelogRequest(missing, unreachableTarget())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The changelog " + missing + " does not exist. Run `mvn dbflow:generate` to create it "
                        + "from your entities, or set the changelog parameter to your master changelog.");
    }

    @Test
    void aMalformedChangelogNamesTheFileAndLine() throws IOException {
        Path master = write("src/main/resources/" + MASTER_PATH, """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                     author: alice
                """);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> dbflow.upgrade(new ChangelogRequest(master, target(db))))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("The changelog " + master + " is malformed at line 4, column 6: expected "
                            + "<block end>, but found '<block mapping start>' (while parsing a block mapping from "
                            + "line 2). Fix the file and run again.");
        }
    }

    @Test
    void aFailingChangesetLeavesNoPartialChangeAndNamesTheStatement() throws Exception {
        Path master = write("src/main/resources/" + MASTER_PATH, MASTER + """
                  - changeSet:
                      id: 3
                      author: bob
                      changes:
                        - createTable:
                            tableName: half_done
                            columns:
                              - column:
                                  name: id
                                  type: bigint
                        - addColumn:
                            tableName: task
                            columns:
                              - column:
                                  name: title
                                  type: text
                """);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            assertThatThrownBy(() -> dbflow.upgrade(new ChangelogRequest(master, target(db))))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("Changeset " + MASTER_PATH + "::3::bob failed on the database '" + db.name() + "' at "
                            + TestPostgres.server().host() + ":" + TestPostgres.server().port() + ": ERROR: column "
                            + "\"title\" of relation \"task\" already exists. The statement was: ALTER TABLE "
                            + "public.task ADD title TEXT. Changesets before it stay applied; fix this changeset (or "
                            + "the database) and run again.");
            assertThat(recorded(db)).hasSize(2);
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select to_regclass('public.half_done') is null")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("the changeset's first change was rolled back with it").isTrue();
            }
        }
    }

    @Test
    void aWrongPasswordNamesHostPortDatabaseAndUserButNotThePassword(@TempDir Path serverDir) throws Exception {
        Path hba = Files.writeString(serverDir.resolve("pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        Path master = write("src/main/resources/" + MASTER_PATH, MASTER);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("create role app login password 'right-Pa55'");
            }
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            TargetDatabase wrong = new TargetDatabase(url, "app", "wr0ng-Pa55", "DATABASE_URL");

            assertThatThrownBy(() -> dbflow.upgrade(new ChangelogRequest(master, wrong)))
                    .isInstanceOf(InfrastructureException.class)
                    .hasMessage("Cannot connect to the target database 'postgres' at localhost:" + postgres.getPort()
                            + " as user 'app': FATAL: password authentication failed for user \"app\". Check the "
                            + "user name and password (from DATABASE_URL), and that the server's pg_hba.conf lets "
                            + "this user connect from this machine.")
                    .message().doesNotContain("wr0ng-Pa55");
            assertThat(dbflow.history(new ChangelogRequest(master,
                    new TargetDatabase(url, "app", "right-Pa55", "DATABASE_URL")))).isEmpty();
        }
    }

    @Test
    void anUnreachableServerNamesWhereItLooked() throws IOException {
        Path master = write("src/main/resources/" + MASTER_PATH, MASTER);
        TargetDatabase target = unreachableTarget();
        int port = Integer.parseInt(target.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"));

        assertThatThrownBy(() -> dbflow.status(new ChangelogRequest(master, target)))
                .isInstanceOf(InfrastructureException.class)
                .hasMessage("Cannot connect to the target database 'app' at localhost:" + port + " as user 'app': "
                        + "Connection to localhost:" + port + " refused. Check that the hostname and port are correct "
                        + "and that the postmaster is accepting TCP/IP connections. Check that PostgreSQL is running "
                        + "at localhost:" + port + " and accepts TCP connections from this machine, and the URL "
                        + "(from parameter url).");
    }

    private TargetDatabase unreachableTarget() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new TargetDatabase("jdbc:postgresql://localhost:" + socket.getLocalPort() + "/app", "app",
                    "secret", "parameter url");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TargetDatabase target(ScratchDatabase db) {
        PostgresServer server = db.server();
        return new TargetDatabase(db.jdbcUrl(), server.user(), server.password(), "test");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<String> tables(ScratchDatabase db) throws SQLException {
        return query(db, "select table_name from information_schema.tables where table_schema = 'public' "
                + "order by table_name");
    }

    private static List<String> columns(ScratchDatabase db) throws SQLException {
        return query(db, "select column_name || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || c.is_nullable "
                + "from information_schema.columns c join pg_attribute a on a.attrelid = 'public.task'::regclass "
                + "and a.attname = c.column_name where c.table_schema = 'public' and c.table_name = 'task' "
                + "order by c.ordinal_position");
    }

    private static List<String> recorded(ScratchDatabase db) throws SQLException {
        return query(db, "select id || ' ' || author || ' ' || filename || ' ' || orderexecuted "
                + "from databasechangelog order by orderexecuted");
    }

    private static List<String> query(ScratchDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
