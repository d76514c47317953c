package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.RollbackRequest;
import dev.dbflow.api.StatusResult;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A module of a modular monolith on the database it shares with the module it builds on: the accounts module's own
 * runs record its changesets there under its changelog, and the notes module's upgrade, status, history and rollback,
 * told that changelog in {@code baseChangelogs}, take them for the base's, not another branch's.
 */
class BaseChangelogsOnTargetTest {

    private static final String BASE_RESOURCE = "META-INF/accounts/changelog.yaml";
    private static final String ACCOUNTS_1 = """
              - changeSet:
                  id: accounts-1
                  author: accounts
                  changes:
                    - createTable:
                        tableName: account
                        columns:
                          - column: {name: id, type: bigint, constraints: {primaryKey: true, nullable: false}}
            """;
    private static final String ACCOUNTS_2 = """
              - changeSet:
                  id: accounts-2
                  author: accounts
                  changes:
                    - addColumn:
                        tableName: account
                        columns:
                          - column: {name: email, type: varchar(100)}
            """;
    private static final String NOTES = """
            databaseChangeLog:
              - changeSet:
                  id: notes-1
                  author: notes
                  changes:
                    - createTable:
                        tableName: note
                        columns:
                          - column: {name: id, type: bigint, constraints: {primaryKey: true, nullable: false}}
                          - column:
                              name: owner_id
                              type: bigint
                              constraints: {foreignKeyName: fk_note_owner, references: account(id)}
            """;

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();
    private final Dbflow dbflow = new Dbflow(listener);
    private Path baseClasses;
    private Path master;

    @BeforeEach
    void modules() throws Exception {
        baseClasses = dir.resolve("accounts/target/classes");
        Files.createDirectories(baseClasses.resolve(BASE_RESOURCE).getParent());
        Files.writeString(baseClasses.resolve(BASE_RESOURCE), "databaseChangeLog:\n" + ACCOUNTS_1);
        master = dir.resolve("notes/src/main/resources/db/changelog/db.changelog-master.yaml");
        Files.createDirectories(master.getParent());
        Files.writeString(master, NOTES);
    }

    @Test
    void theBaseModulesChangesetsAreNeitherThisChangelogsNorAnotherBranchs() throws Exception {
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db))
                    .withBaseChangelogs(List.of(BASE_RESOURCE), List.of(baseClasses));
            applyBase(db);

            assertThat(dbflow.upgrade(request)).extracting(ChangesetRef::id).containsExactly("notes-1");
            Files.writeString(baseClasses.resolve(BASE_RESOURCE), "databaseChangeLog:\n" + ACCOUNTS_1 + ACCOUNTS_2);
            applyBase(db);

            StatusResult status = dbflow.status(request);
            assertThat(status.head()).map(ChangesetRef::id).contains("notes-1");
            assertThat(status.pending()).isEmpty();
            assertThat(status.unexpected()).isEmpty();
            assertThat(status.attention()).isEmpty();
            assertThat(status.tablesWithoutHistory()).isFalse();
            assertThat(dbflow.history(request)).extracting(ChangesetRef::id).containsExactly("notes-1");

            List<ChangesetRef> undone = dbflow.rollback(new RollbackRequest(master, ModelProject.target(db), 1)
                    .withBaseChangelogs(List.of(BASE_RESOURCE), List.of(baseClasses)));

            assertThat(undone).extracting(ChangesetRef::id).containsExactly("notes-1");
            assertThat(single(db, "select string_agg(id, ',' order by orderexecuted) from databasechangelog"))
                    .isEqualTo("accounts-1,accounts-2");
            assertThat(single(db, "select string_agg(tablename, ',' order by tablename) from pg_tables"
                    + " where schemaname = 'public' and tablename not like 'databasechangelog%'")).isEqualTo("account");
            assertThat(listener.lines()).noneMatch(line -> line.contains("does not contain"));
        }
    }

    @Test
    void withoutTheBaseChangelogsTheBaseModulesLaterChangesetBlocksTheRollback() throws Exception {
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            applyBase(db);
            dbflow.upgrade(new ChangelogRequest(master, ModelProject.target(db))
                    .withBaseChangelogs(List.of(BASE_RESOURCE), List.of(baseClasses)));
            Files.writeString(baseClasses.resolve(BASE_RESOURCE), "databaseChangeLog:\n" + ACCOUNTS_1 + ACCOUNTS_2);
            applyBase(db);

            assertThatThrownBy(() -> dbflow.rollback(new RollbackRequest(master, ModelProject.target(db), 1)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("Rollback on the database '" + db.name() + "' at "
                            + TestPostgres.server().host() + ":" + TestPostgres.server().port()
                            + " refused, nothing was rolled back: it would undo notes-1 by notes in "
                            + "db/changelog/db.changelog-master.yaml (applied ")
                    .hasMessageContaining("which was applied before accounts-2 by accounts in " + BASE_RESOURCE);
        }
    }

    @Test
    void statusSendsToBaselineOnlyADatabaseThatHasThisChangelogsTablesAndNoHistory() throws Exception {
        try (ScratchDatabase withBase = TestPostgres.newDatabase(); ScratchDatabase made = TestPostgres.newDatabase()) {
            applyBase(withBase);
            ChangelogRequest onBase = new ChangelogRequest(master, ModelProject.target(withBase))
                    .withBaseChangelogs(List.of(BASE_RESOURCE), List.of(baseClasses));
            assertThat(dbflow.status(onBase).tablesWithoutHistory()).as("only the base's tables, with its history")
                    .isFalse();
            assertThat(dbflow.status(onBase).pending()).extracting(ChangesetRef::id).containsExactly("notes-1");

            execute(made, "create table account (id bigint primary key)");
            ChangelogRequest onMade = new ChangelogRequest(master, ModelProject.target(made));
            assertThat(dbflow.status(onMade).tablesWithoutHistory()).as("a table the changelog does not create")
                    .isFalse();
            execute(made, "create table note (id bigint primary key, owner_id bigint references account (id))");
            assertThat(dbflow.status(onMade).tablesWithoutHistory()).as("status created an empty history table")
                    .isTrue();
        }
    }

    /** The accounts module's own upgrade, as its application runs it from its classes. */
    private void applyBase(ScratchDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            new Liquibase(BASE_RESOURCE, new DirectoryResourceAccessor(baseClasses), DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                    .update(new Contexts(), new LabelExpression());
        }
    }

    private static void execute(ScratchDatabase db, String sql) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(ScratchDatabase db, String sql) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
