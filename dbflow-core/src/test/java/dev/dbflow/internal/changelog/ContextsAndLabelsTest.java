package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.generate.GenerateJob;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import dev.dbflow.testing.TestShadow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 9: Liquibase contexts and labels select changesets as {@code liquibase update --contexts --label-filter}
 * does, for upgrade and status on the target and for the changelog generate applies to the shadow database.
 */
class ContextsAndLabelsTest {

    private static final String MASTER = """
            databaseChangeLog:
              - changeSet:
                  id: item
                  author: alice
                  changes:
                    - createTable: {tableName: item, columns: [{column: {name: id, type: bigint, constraints: {primaryKey: true, primaryKeyName: item_pkey}}}]}
              - changeSet:
                  id: test-fixture
                  author: alice
                  context: test
                  changes:
                    - createTable: {tableName: fixture, columns: [{column: {name: id, type: bigint}}]}
              - changeSet:
                  id: experiment
                  author: alice
                  labels: experimental
                  changes:
                    - createTable: {tableName: trial, columns: [{column: {name: id, type: bigint}}]}
            """;

    private static final ChangelogFilter PROD = new ChangelogFilter("prod", "!experimental");

    @TempDir
    Path project;

    @Test
    void upgradeAndStatusSkipTheChangesetsTheFilterLeavesOut() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Dbflow dbflow = new Dbflow(new RecordingListener());
            ChangelogRequest prod = new ChangelogRequest(master, ModelProject.target(db), 1, PROD);

            assertThat(dbflow.status(prod).pending()).extracting(ChangesetRef::id).containsExactly("item");
            assertThat(dbflow.upgrade(prod)).extracting(ChangesetRef::id).containsExactly("item");
            assertThat(dbflow.status(prod).pending()).isEmpty();

            ChangelogRequest everything = new ChangelogRequest(master, ModelProject.target(db), 1);
            assertThat(dbflow.upgrade(everything)).extracting(ChangesetRef::id)
                    .containsExactly("test-fixture", "experiment");
        }
    }

    @Test
    void generateComparesWithTheChangesetsTheFilterSelects() throws Exception {
        Path master = project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");
        Path classes = EntityCompiler.compile(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity public "
                + "class Item { @jakarta.persistence.Id Long id; }"), project.resolve("target/classes"));
        RecordingListener listener = new RecordingListener();
        Files.createDirectories(master.getParent());
        Files.writeString(master, MASTER);

        List<String> prod = new GenerateJob(listener).pendingChanges(request(classes, master, PROD));
        List<String> all = new GenerateJob(listener).pendingChanges(request(classes, master, ChangelogFilter.NONE));

        assertThat(prod).isEmpty();
        assertThat(all).containsExactly("- table fixture  [DL001]", "- table trial  [DL001]");
    }

    @Test
    void aDropOfATableOnlyAContextFilteredChangesetCreatesSaysWhichAndHowToFilter() throws Exception {
        Path master = project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");
        Path classes = EntityCompiler.compile(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity public "
                + "class Item { @jakarta.persistence.Id Long id; }"), project.resolve("target/classes"));
        Files.createDirectories(master.getParent());
        Files.writeString(master, MASTER);

        assertThatThrownBy(() -> new GenerateJob(new RecordingListener()).run(request(classes, master,
                new ChangelogFilter(null, "!experimental"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("generate wrote nothing: the changeset would lose data (DL001 fixture: dropping the table "
                        + "deletes all its rows). The table fixture is created only by the changeset test-fixture "
                        + "(author alice, db/changelog/db.changelog-master.yaml), which runs in context 'test': if the "
                        + "application does not run that context, tell dbflow the contexts it runs "
                        + "(-Ddbflow.contexts=..., or spring.liquibase.contexts in its settings) and the table is not "
                        + "in the comparison. If a table or column was renamed, declare it (@RenamedFrom on the entity "
                        + "or field, or -Ddbflow.renames=\"old_table->new_table,table.old_column->table.new_column\") "
                        + "and the data is kept. To accept the loss, run again with -Ddbflow.acceptDataLoss=DL001:fixture "
                        + "(or -Ddbflow.allowDataLoss=true for every loss).");
    }

    @Test
    void theChangesetsRunInTheApplicationsDefaultSchemaOnTheShadowAsOnTheTarget() throws Exception {
        Path master = project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");
        Path classes = EntityCompiler.compile(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity "
                + "@jakarta.persistence.Table(schema = \"inventory\") public class Item { @jakarta.persistence.Id "
                + "Long id; }"), project.resolve("target/classes"));
        Files.createDirectories(master.getParent());
        Files.writeString(master, MASTER);
        ChangelogFilter inventory = new ChangelogFilter("prod", "!experimental", "inventory");

        assertThat(new GenerateJob(new RecordingListener()).pendingChanges(request(classes, master, inventory)))
                .isEmpty();
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            try (var connection = db.connect(); var statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA inventory");
            }
            ChangelogRequest target = new ChangelogRequest(master, ModelProject.target(db), 1, inventory);
            assertThat(new Dbflow(new RecordingListener()).upgrade(target)).extracting(ChangesetRef::id)
                    .containsExactly("item");
            List<String> tables = new java.util.ArrayList<>();
            try (var connection = db.connect(); var rs = connection.createStatement().executeQuery("SELECT "
                    + "table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema NOT IN "
                    + "('pg_catalog', 'information_schema') ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).containsExactly("inventory.databasechangelog", "inventory.databasechangeloglock",
                    "inventory.item");
        }
    }

    private static GenerateRequest request(Path classes, Path master, ChangelogFilter filter) {
        return new GenerateRequest(classes, List.of(classes), List.of(), "hibernate", TestShadow.spec(), master, null,
                null, "tester", null, null, SafetyOptions.strict(), null, filter);
    }
}
