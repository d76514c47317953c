package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.RollbackRequest;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Offline SQL for a DBA (nothing executed) and tags, on real PostgreSQL. */
class OfflineSqlAndTagTest {

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
                    - addColumn:
                        tableName: task
                        columns:
                          - column:
                              name: title
                              type: varchar(200)
                  rollback:
                    - dropTable:
                        tableName: task
            """;

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();
    private final Dbflow dbflow = new Dbflow(listener);

    @Test
    void upgradeAndRollbackSqlAreWrittenAndNothingIsExecuted() throws Exception {
        Path master = project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");
        Files.createDirectories(master.getParent());
        Files.writeString(master, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));

            Path upgrade = dbflow.upgradeSql(request, project.resolve("target/dbflow/upgrade.sql"));

            assertThat(statements(upgrade)).contains("CREATE TABLE public.task (id BIGINT);",
                    "ALTER TABLE public.task ADD title VARCHAR(200);");
            assertThat(tables(db)).as("offline SQL executes nothing").isEmpty();
            assertThat(listener.lines()).last().isEqualTo("Wrote " + upgrade + "; nothing was executed.");

            dbflow.upgrade(request);
            Path rollback = dbflow.rollbackSql(new RollbackRequest(master, ModelProject.target(db), 1),
                    project.resolve("target/dbflow/rollback.sql"));

            assertThat(statements(rollback)).contains("DROP TABLE public.task;");
            assertThat(tables(db)).containsExactly("databasechangelog", "databasechangeloglock", "task");
        }
    }

    @Test
    void offlineSqlFollowsTheCountTheTagAndTheRollbackPoint() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, """
                databaseChangeLog:
                  - changeSet: {id: "1", author: alice, changes: [{createTable: {tableName: one, columns: [{column: {name: id, type: bigint}}]}}]}
                  - changeSet: {id: "2", author: alice, changes: [{createTable: {tableName: two, columns: [{column: {name: id, type: bigint}}]}}, {tagDatabase: {tag: v2}}]}
                  - changeSet: {id: "3", author: alice, changes: [{createTable: {tableName: three, columns: [{column: {name: id, type: bigint}}]}}]}
                """);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
            Path sql = project.resolve("target/dbflow/upgrade.sql");

            assertThat(tableStatements(dbflow.upgradeSql(request, 1, null, sql)))
                    .containsExactly("CREATE TABLE public.one (id BIGINT);");
            assertThat(tableStatements(dbflow.upgradeSql(request, 0, "v2", sql)))
                    .containsExactly("CREATE TABLE public.one (id BIGINT);", "CREATE TABLE public.two (id BIGINT);");

            dbflow.upgrade(request, 1);
            dbflow.tag(request, "after-one");
            dbflow.upgrade(request);
            Path rollback = dbflow.rollbackSql(new RollbackRequest(master, ModelProject.target(db), 1, "after-one",
                    null), project.resolve("target/dbflow/rollback.sql"));

            assertThat(tableStatements(rollback)).containsExactly("DROP TABLE public.three;", "DROP TABLE public.two;");
            assertThat(tables(db)).containsExactly("databasechangelog", "databasechangeloglock", "one", "three", "two");
        }
    }

    private static List<String> tableStatements(Path sql) throws Exception {
        return statements(sql).stream().filter(s -> s.startsWith("CREATE TABLE public.") || s.startsWith("DROP TABLE"))
                .filter(s -> !s.contains("databasechangelog")).toList();
    }

    @Test
    void tagMarksTheCurrentState() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
            assertThatThrownBy(() -> dbflow.tag(request, "v1.4"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("Cannot tag the database '" + db.name() + "' at " + TestPostgres.server().host() + ":"
                            + TestPostgres.server().port() + ": no changeset is applied yet. Run mvn dbflow:upgrade first.");

            dbflow.upgrade(request);
            dbflow.tag(request, "v1.4");
            assertThatThrownBy(() -> dbflow.tag(request, "v1.4"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("The tag 'v1.4' already marks db.changelog-master.yaml::1::alice on the database '"
                            + db.name() + "' at " + TestPostgres.server().host() + ":" + TestPostgres.server().port()
                            + ": a second one would leave rollback -Ddbflow.toTag=v1.4 going back to the first. "
                            + "Choose another tag name.");

            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select id, tag from databasechangelog")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1) + ":" + rs.getString(2)).isEqualTo("1:v1.4");
            }
        }
    }

    private static List<String> statements(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(String::trim).filter(line -> !line.startsWith("--")).toList();
    }

    private static List<String> tables(ScratchDatabase db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
