package dev.dbflow.internal.generate;

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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Declared renames become renameTable / renameColumn and keep the rows, both ways. */
class RenameTest {

    private static final String TASK = "package app; @jakarta.persistence.Entity %s public class %s {"
            + " @jakarta.persistence.Id Long id; %s String %s; }";

    @TempDir
    Path dir;

    @Test
    void fieldRenamedByAnnotationKeepsItsValues() throws Exception {
        assertRename(model("", "Task", "@dev.dbflow.annotations.RenamedFrom(\"title\")", "name"), List.of(),
                "~ rename column task.title -> name", "select name from task");
    }

    @Test
    void fieldRenamedByParameterKeepsItsValues() throws Exception {
        assertRename(model("", "Task", "", "name"), List.of("task.title->task.name"),
                "~ rename column task.title -> name", "select name from task");
    }

    @Test
    void entityRenamedByAnnotationKeepsItsRows() throws Exception {
        assertRename(model("@dev.dbflow.annotations.RenamedFrom(\"task\")", "Job", "", "title"), List.of(),
                "~ rename table task -> job", "select title from job");
    }

    @Test
    void tableAndColumnRenamedByParameterKeepTheirRows() throws Exception {
        assertRename(model("", "Job", "", "name"), List.of("task->job", "job.title->job.name"),
                "~ rename table task -> job", "select name from job");
    }

    private static Map<String, String> model(String classAnnotation, String entity, String fieldAnnotation,
                                             String field) {
        return Map.of("app/" + entity + ".java", String.format(TASK, classAnnotation, entity, fieldAnnotation, field));
    }

    private void assertRename(Map<String, String> renamed, List<String> renames, String expectedFirst,
                              String query) throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(model("", "Task", "", "title"), "hibernate", "before");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            var before = project.upgrade(db);
            execute(db, "insert into task (id, title) values (1, 'keep me')");

            GenerateResult result = project.generate(renamed, "hibernate", "rename", null, null, null,
                    new SafetyOptions(false, List.of(), renames));

            assertThat(result.summary()).first().isEqualTo(expectedFirst);
            assertThat(result.summary()).allSatisfy(line -> assertThat(line).doesNotContain("[DL"));
            project.upgrade(db);
            assertThat(single(db, query)).isEqualTo("keep me");
            assertThat(project.generate(renamed, "hibernate", "settled", null, null, null,
                    new SafetyOptions(false, List.of(), renames)).summary()).isEmpty();
            assertThat(project.rollback(db, 1)).isEqualTo(before);
            assertThat(single(db, "select title from task")).isEqualTo("keep me");
        }
    }

    private static void execute(ScratchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String single(ScratchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
