package dev.dbflow.internal.generate;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.ResourceFiles;
import dev.dbflow.testing.TestPostgres;
import dev.dbflow.testing.TestShadow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: changelogs as projects write them are applied to the shadow database as Liquibase applies them: an
 * include relative to the classpath root, {@code loadData} from CSV, {@code preConditions}, {@code runOnChange}, an
 * {@code sqlFile}; and a formatted-SQL master, which cannot include files, gets the new changeset appended.
 */
class ChangelogFormsTest {

    private static final Map<String, String> ITEM = Map.of("app/Item.java", "package app; "
            + "@jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; "
            + "@jakarta.persistence.Column(length = 40) String name; }");

    @TempDir
    Path project;

    private void write(String file, String text) throws Exception {
        new ResourceFiles(project).write(file, text);
    }

    private Path resources(String file) {
        return new ResourceFiles(project).path(file);
    }

    private GenerateResult generate(Path master) {
        Path classes = EntityCompiler.compile(ITEM, project.resolve("target/classes"));
        return new GenerateJob(new RecordingListener()).run(new GenerateRequest(classes, List.of(classes), List.of(),
                "hibernate", TestShadow.spec(), master, null, "add name", "tester", null, null,
                SafetyOptions.strict(), null));
    }

    @Test
    void includesDataPreconditionsRunOnChangeAndSqlFilesApplyAsLiquibaseAppliesThem() throws Exception {
        write("db/changelog/db.changelog-master.yaml", """
                databaseChangeLog:
                  - include:
                      file: db/changelog/tables.yaml
                  - changeSet:
                      id: names
                      author: dba
                      preConditions:
                        - onFail: MARK_RAN
                        - tableExists: {tableName: item}
                      changes:
                        - addColumn: {tableName: item, columns: [{column: {name: name, type: varchar(40)}}]}
                  - changeSet:
                      id: seed
                      author: dba
                      changes:
                        - loadData: {tableName: item, file: db/data/items.csv}
                  - changeSet:
                      id: grants
                      author: dba
                      runOnChange: true
                      changes:
                        - sqlFile: {path: db/sql/comment.sql}
                """);
        write("db/changelog/tables.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: item
                      author: dba
                      changes:
                        - createTable: {tableName: item, columns: [{column: {name: id, type: bigint, constraints: {primaryKey: true, primaryKeyName: item_pkey}}}]}
                """);
        write("db/data/items.csv", "id,name\n1,first\n2,second\n");
        write("db/sql/comment.sql", "COMMENT ON TABLE item IS NULL;\n");

        GenerateResult result = generate(resources("db/changelog/db.changelog-master.yaml"));

        assertThat(result.summary()).isEmpty();
        assertThat(result.changesetFile()).isEmpty();
    }

    @Test
    void aFormattedSqlMasterGetsTheChangesetAppendedAndApplies() throws Exception {
        write("db/changelog/master.sql", """
                --liquibase formatted sql

                --changeset dba:item
                CREATE TABLE item (id bigint PRIMARY KEY);
                --rollback DROP TABLE item;
                """);
        Path master = resources("db/changelog/master.sql");

        GenerateResult result = generate(master);

        assertThat(result.summary()).containsExactly("+ column item.name varchar(40)");
        assertThat(result.changesetFile()).contains(master);
        String text = Files.readString(master);
        assertThat(text).startsWith("""
                --liquibase formatted sql

                --changeset dba:item
                CREATE TABLE item (id bigint PRIMARY KEY);
                --rollback DROP TABLE item;
                """).contains("--changeset tester:", "ALTER TABLE item ADD name VARCHAR(40);");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            List<ChangesetRef> applied = new Dbflow(new RecordingListener())
                    .upgrade(new ChangelogRequest(master, ModelProject.target(db)));
            assertThat(applied).hasSize(2);
        }
        assertThat(generate(master).summary()).isEmpty();
    }
}
