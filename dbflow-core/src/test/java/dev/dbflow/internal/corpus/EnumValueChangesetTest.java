package dev.dbflow.internal.corpus;

import dev.dbflow.api.GenerateResult;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enum value added and used in one generate run: PostgreSQL refuses to use a value before the transaction that
 * added it commits, so the addition is a changeset of its own, ahead of the one that uses it.
 */
class EnumValueChangesetTest {

    @TempDir
    Path dir;

    private static Map<String, String> model(String colors, String annotations) {
        return CorpusCase.sources("@Entity class Item {\n    @Id Long id;\n    " + annotations
                + " @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Color color;\n}\n",
                "enum Color { " + colors + " }\n");
    }

    @Test
    void aValueAddedAndUsedAsADefaultIsAddedInAChangesetOfItsOwn() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(model("RED, GREEN", ""), "hibernate", "colors");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Schema before = project.upgrade(db);

            GenerateResult edit = project.generate(model("RED, GREEN, BLUE", "@ColumnDefault(\"'BLUE'\")"),
                    "hibernate", "blue by default");

            assertThat(edit.summary()).containsExactly(
                    "~ enum type color: (GREEN, RED) -> (BLUE, GREEN, RED)",
                    "~ column item.color: default none -> 'BLUE'::color");
            String file = Files.readString(edit.changesetFile().orElseThrow());
            assertThat(file).containsSubsequence("id: 20260102030600-blue-by-default-enum-values",
                    "sql: ALTER TYPE color ADD VALUE 'BLUE' BEFORE 'GREEN'", "id: 20260102030600-blue-by-default",
                    "dbflow-parent: 20260102030500-colors", "addDefaultValue");
            project.upgrade(db);
            assertThat(project.generate(model("RED, GREEN, BLUE", "@ColumnDefault(\"'BLUE'\")"), "hibernate",
                    "settled").summary()).isEmpty();
            assertThat(project.rollback(db, 2)).isEqualTo(before);
        }
    }

    @Test
    void aValueAddedAloneStaysInTheMainChangeset() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(model("RED, GREEN", ""), "hibernate", "colors");

        GenerateResult edit = project.generate(model("RED, GREEN, BLUE", ""), "hibernate", "blue");

        assertThat(edit.summary()).containsExactly("~ enum type color: (GREEN, RED) -> (BLUE, GREEN, RED)");
        assertThat(Files.readString(edit.changesetFile().orElseThrow())).doesNotContain("enum-values");
    }
}
