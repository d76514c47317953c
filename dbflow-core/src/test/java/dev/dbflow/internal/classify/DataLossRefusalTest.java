package dev.dbflow.internal.classify;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.testing.ModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** generate refuses data loss it was not told to accept, writes nothing, and says how to go on. */
class DataLossRefusalTest {

    private static final Map<String, String> BEFORE = Map.of(
            "app/Task.java", "package app; @jakarta.persistence.Entity public class Task { @jakarta.persistence.Id "
                    + "Long id; String title; String legacyCode; }",
            "app/Old.java", "package app; @jakarta.persistence.Entity @jakarta.persistence.SequenceGenerator("
                    + "name = \"s\", sequenceName = \"old_seq\") public class Old { @jakarta.persistence.Id "
                    + "@jakarta.persistence.GeneratedValue(generator = \"s\") Long id; }");
    private static final Map<String, String> AFTER = Map.of(
            "app/Task.java", "package app; @jakarta.persistence.Entity public class Task { @jakarta.persistence.Id "
                    + "Long id; String name; }");
    private static final SafetyOptions STRICT = SafetyOptions.strict();

    @TempDir
    Path dir;

    @Test
    void refusesAndWritesNothing() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(BEFORE, "hibernate", "before");
        String master = Files.readString(project.master());

        assertThatThrownBy(() -> generate(project, STRICT))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("generate wrote nothing: the changeset would lose data (DL002 task.legacycode: dropping "
                        + "the column deletes its values; DL002 task.title: dropping the column deletes its values; "
                        + "DL001 old: dropping the table deletes all its rows; DL004 old_seq: dropping the sequence "
                        + "loses its current value). If a table or column was renamed, declare it (@RenamedFrom on the "
                        + "entity or field, or -Ddbflow.renames=\"old_table->new_table,table.old_column->table.new_column\") "
                        + "and the data is kept. To accept the loss, run again with -Ddbflow.acceptDataLoss="
                        + "DL002:task.legacycode,DL002:task.title,DL001:old,DL004:old_seq (or -Ddbflow.allowDataLoss=true"
                        + " for every loss).");
        assertThat(Files.readString(project.master())).isEqualTo(master);
        assertThat(Files.list(project.master().getParent().resolve("changes"))).hasSize(1);
        List<String> lines = project.listener().lines();
        assertThat(lines.subList(lines.indexOf("The changeset generate would write (5 operations), not written:"),
                lines.size())).containsExactly(
                "The changeset generate would write (5 operations), not written:",
                "  + column task.name varchar(255)",
                "  - column task.legacycode  [DL002]",
                "  - column task.title  [DL002]",
                "  - table old  [DL001]",
                "  - sequence old_seq (start 1, increment 50)  [DL004]",
                lines.get(lines.size() - 1));
        assertThat(lines.get(lines.size() - 1)).startsWith("Timings: model load ");
    }

    @Test
    void suggestsTheRenameWhenOneColumnIsSwappedForOneOfTheSameType() {
        ModelProject project = new ModelProject(dir);
        Map<String, String> task = Map.of("app/Task.java", "package app; @jakarta.persistence.Entity public class Task {"
                + " @jakarta.persistence.Id Long id; String title; }");
        project.generate(task, "hibernate", "before");

        assertThatThrownBy(() -> project.generate(Map.of("app/Task.java", task.get("app/Task.java")
                        .replace("title", "name")), "hibernate", "rename", null, null, null, STRICT))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("(DL002 task.title: dropping the column deletes its values). Did you rename "
                        + "task.title to task.name? Then declare -Ddbflow.renames=\"task.title->task.name\". If a table");
    }

    @Test
    void acceptsNamedLossesOrAll() {
        ModelProject project = new ModelProject(dir);
        project.generate(BEFORE, "hibernate", "before");
        SafetyOptions some = new SafetyOptions(false, List.of("DL002:task.legacycode", "DL002:task.title"), List.of());

        assertThatThrownBy(() -> generate(project, some))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("generate wrote nothing: the changeset would lose data (DL001 old: dropping "
                        + "the table deletes all its rows; DL004 old_seq: dropping the sequence loses its current value).");

        GenerateResult accepted = generate(project, new SafetyOptions(false,
                List.of("DL002:task.legacycode", "DL002:task.title", "DL001:old", "DL004:old_seq"), List.of()));

        assertThat(accepted.summary()).containsExactly(
                "+ column task.name varchar(255)",
                "- column task.legacycode  [DL002]",
                "- column task.title  [DL002]",
                "- table old  [DL001]",
                "- sequence old_seq (start 1, increment 50)  [DL004]");
    }

    private static GenerateResult generate(ModelProject project, SafetyOptions safety) {
        return project.generate(AFTER, "hibernate", "after", null, null, null, safety);
    }
}
