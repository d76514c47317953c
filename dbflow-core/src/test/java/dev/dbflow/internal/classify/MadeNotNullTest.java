package dev.dbflow.internal.classify;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An existing column made NOT NULL needs a value for the rows that hold NULL in it, as a new NOT NULL column does. */
class MadeNotNullTest {

    private static final String TASK = "package app; @jakarta.persistence.Entity public class Task {"
            + " @jakarta.persistence.Id Long id; %s String title; %s Integer rank; }";
    private static final Map<String, String> BEFORE = Map.of("app/Task.java", String.format(TASK, "", ""));
    private static final Map<String, String> AFTER = Map.of("app/Task.java", String.format(TASK,
            "@jakarta.persistence.Column(nullable = false)", ""));

    @TempDir
    Path dir;

    @Test
    void withoutAValueGenerateStopsAndOffersBackfill() {
        ModelProject project = new ModelProject(dir);
        project.generate(BEFORE, "hibernate", "before");

        assertThatThrownBy(() -> generate(project, AFTER, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("generate wrote nothing: task.title is an existing column made NOT NULL, which fails "
                        + "while any row holds NULL (DD001). Say what rows holding NULL get with -Ddbflow.backfill="
                        + "task.title=<SQL value> (quoted for the shell, e.g. -Ddbflow.backfill=\"task.title="
                        + "'unknown'\"), which fills them and then sets NOT NULL; or keep the column nullable.");
    }

    @Test
    void withAValueTheNullsAreFilledThenTheColumnIsNotNullAndTheRollbackKeepsTheValues() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(BEFORE, "hibernate", "before");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            var before = project.upgrade(db);
            execute(db, "insert into task (id, title) values (1, 'kept'), (2, null), (3, null)");

            GenerateResult result = generate(project, AFTER, List.of("task.title='untitled'"));

            assertThat(result.summary()).containsExactly(
                    "~ backfill task.title = 'untitled' where NULL (a rollback keeps the values)",
                    "~ column task.title: null -> not null  [DD001 LK004]");
            String text = Files.readString(result.changesetFile().orElseThrow());
            assertThat(text.substring(text.indexOf("    changes:"))).isEqualTo("""
                        changes:
                        - sql:
                            splitStatements: false
                            sql: UPDATE task SET title = 'untitled' WHERE title IS NULL
                            stripComments: false
                        - addNotNullConstraint:
                            columnDataType: varchar(255)
                            columnName: title
                            tableName: task
                        rollback:
                        - dropNotNullConstraint:
                            columnDataType: varchar(255)
                            columnName: title
                            tableName: task

                    """);
            project.upgrade(db);
            assertThat(rows(db, "select id || ':' || title from task order by id"))
                    .containsExactly("1:kept", "2:untitled", "3:untitled");
            assertThat(generate(project, AFTER, List.of()).summary()).isEmpty();
            assertThat(project.rollback(db, 1)).isEqualTo(before);
            execute(db, "insert into task (id, title) values (4, null)");
            assertThat(rows(db, "select id || ':' || coalesce(title, 'NULL') from task order by id"))
                    .containsExactly("1:kept", "2:untitled", "3:untitled", "4:NULL");
        }
    }

    @Test
    void aColumnAddedNotNullAndOneMadeNotNullAreRefusedTogether() {
        ModelProject project = new ModelProject(dir);
        project.generate(BEFORE, "hibernate", "before");

        assertThatThrownBy(() -> generate(project, Map.of("app/Task.java", String.format(TASK,
                "@jakarta.persistence.Column(nullable = false)", "@jakarta.persistence.Column(nullable = false)")
                .replace("}", "@jakarta.persistence.Column(nullable = false) Boolean done; }")), List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("generate wrote nothing: task.done is a NOT NULL column without a default, added to a "
                        + "table that may have rows, and task.rank, task.title are existing columns made NOT NULL, "
                        + "which fails while any row holds NULL (DD001). Say what existing rows get with "
                        + "-Ddbflow.backfill=task.done=<SQL value>,task.rank=<SQL value>,task.title=<SQL value> (quoted "
                        + "for the shell, e.g. -Ddbflow.backfill=\"task.done=false\"), which adds each new column, fills "
                        + "the NULLs and then sets NOT NULL; or give a new column a @ColumnDefault, make it nullable, or "
                        + "keep the existing columns nullable.");
    }

    @Test
    void aValueForAColumnTheChangesetDoesNotMakeNotNullIsReported() {
        ModelProject project = new ModelProject(dir);
        project.generate(BEFORE, "hibernate", "before");

        generate(project, AFTER, List.of("task.title='untitled'", "task.rank=0", "task.nosuch=1"));

        assertThat(project.listener().lines()).filteredOn(line -> line.contains("'backfill'")).containsExactly(
                "WARN The setting 'backfill' (-Ddbflow.backfill) gives a value for task.rank, which this changeset "
                        + "neither adds as a NOT NULL column nor makes NOT NULL: the value is not used. Check the "
                        + "table and column name, or remove the entry.",
                "WARN The setting 'backfill' (-Ddbflow.backfill) gives a value for task.nosuch, which this changeset "
                        + "neither adds as a NOT NULL column nor makes NOT NULL: the value is not used. Check the "
                        + "table and column name, or remove the entry.");
    }

    private static GenerateResult generate(ModelProject project, Map<String, String> sources, List<String> backfill) {
        return project.generate(sources, "hibernate", "title required", null, null, null,
                new SafetyOptions(false, List.of(), List.of(), backfill));
    }

    private static void execute(ScratchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(ScratchDatabase db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
