package dev.dbflow.internal.classify;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A NOT NULL column added to an existing table needs a value for the rows already there. */
class BackfillTest {

    private static final Map<String, String> BEFORE = Map.of("app/Task.java", "package app; "
            + "@jakarta.persistence.Entity public class Task { @jakarta.persistence.Id Long id; }");
    private static final Map<String, String> AFTER = Map.of("app/Task.java", "package app; "
            + "@jakarta.persistence.Entity public class Task { @jakarta.persistence.Id Long id; "
            + "@jakarta.persistence.Column(nullable = false, length = 20) String priority; "
            + "@jakarta.persistence.Column(nullable = false) @org.hibernate.annotations.ColumnDefault(\"0\") int rank; }");

    @TempDir
    Path dir;

    @Test
    void withoutAValueGenerateStopsAndOffersBackfill() {
        ModelProject project = new ModelProject(dir);
        project.generate(BEFORE, "hibernate", "before");

        assertThatThrownBy(() -> generate(project, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("generate wrote nothing: task.priority is a NOT NULL column without a default, added to a "
                        + "table that may have rows (DD001). Say what existing rows get with -Ddbflow.backfill="
                        + "task.priority=<SQL value> (quoted for the shell, e.g. -Ddbflow.backfill=\"task.priority="
                        + "'unknown'\"), which adds the column, fills it and then sets NOT NULL; or give the column a "
                        + "@ColumnDefault, or make it nullable.");
    }

    @Test
    void aNotNullColumnThatLooksRenamedIsOfferedAsARenameFirst() {
        ModelProject project = new ModelProject(dir);
        project.generate(Map.of("app/Task.java", "package app; @jakarta.persistence.Entity public class Task { "
                + "@jakarta.persistence.Id Long id; @jakarta.persistence.Column(nullable = false) String title; }"),
                "hibernate", "before");

        assertThatThrownBy(() -> generate(project, Map.of("app/Task.java", "package app; @jakarta.persistence.Entity "
                + "public class Task { @jakarta.persistence.Id Long id; "
                + "@jakarta.persistence.Column(nullable = false) String name; }"), List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("generate wrote nothing: task.name is a NOT NULL column without a default, added to a "
                        + "table that may have rows (DD001). Did you rename task.title to task.name? Then declare "
                        + "-Ddbflow.renames=\"task.title->task.name\". Say what existing rows get with "
                        + "-Ddbflow.backfill=task.name=<SQL value> (quoted for the shell, e.g. -Ddbflow.backfill="
                        + "\"task.name='unknown'\"), which adds the column, fills it and then sets NOT NULL; or give the "
                        + "column a @ColumnDefault, or make it nullable. Also, the changeset would lose data (DL002 "
                        + "task.title: dropping the column deletes its values). If a table or column was renamed, "
                        + "declare it (@RenamedFrom on the entity or field, or -Ddbflow.renames=\"old_table->new_table,"
                        + "table.old_column->table.new_column\") and the data is kept. To accept the loss, run again "
                        + "with -Ddbflow.acceptDataLoss=DL002:task.title (or -Ddbflow.allowDataLoss=true for every "
                        + "loss).");
    }

    @Test
    void withAValueExistingRowsAreFilledAndTheColumnIsNotNull() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(BEFORE, "hibernate", "before");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            var before = project.upgrade(db);
            execute(db, "insert into task (id) values (1), (2)");

            GenerateResult result = generate(project, List.of("task.priority='MEDIUM'"));

            assertThat(result.summary()).containsExactly(
                    "+ column task.priority varchar(20)",
                    "~ backfill task.priority = 'MEDIUM'",
                    "~ column task.priority: null -> not null  [DD001 LK004]",
                    "+ column task.rank integer not null default 0");
            project.upgrade(db);
            assertThat(rows(db, "select id || ':' || priority || ':' || rank from task order by id"))
                    .containsExactly("1:MEDIUM:0", "2:MEDIUM:0");
            assertThat(generate(project, List.of("task.priority='MEDIUM'")).summary()).isEmpty();
            assertThat(project.rollback(db, 1)).isEqualTo(before);
            assertThat(rows(db, "select id::text from task order by id")).containsExactly("1", "2");
        }
    }

    private static GenerateResult generate(ModelProject project, List<String> backfill) {
        return generate(project, AFTER, backfill);
    }

    private static GenerateResult generate(ModelProject project, Map<String, String> sources, List<String> backfill) {
        return project.generate(sources, "hibernate", "add priority", null, null, null,
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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "boolean|false", "integer|0", "numeric(10,2)|0", "double precision|0", "date|CURRENT_DATE",
            "timestamp(6) with time zone|CURRENT_TIMESTAMP", "time(6) without time zone|CURRENT_TIME",
            "uuid|gen_random_uuid()", "jsonb|'{}'", "character varying(20)|'unknown'", "text|'unknown'",
            "bytea|<SQL value>"})
    void theSuggestedValueFitsTheColumnsType(String type, String value) {
        assertThat(Backfills.exampleValue(type)).isEqualTo(value);
    }
}
