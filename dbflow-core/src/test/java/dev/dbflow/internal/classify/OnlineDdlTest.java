package dev.dbflow.internal.classify;

import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.changelog.ChangelogLocation;
import dev.dbflow.internal.changelog.ChangesetLineage;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With onlineDdl, locking operations (an index, a check, a foreign key and a SET NOT NULL on a filled table) on filled tables take PostgreSQL's non-blocking forms, apply on a table
 * with rows, reach the same schema as plain DDL, and roll back.
 */
class OnlineDdlTest {

    private static final String PARENT = "package app; @jakarta.persistence.Entity public class Parent {"
            + " @jakarta.persistence.Id Long id; }";
    private static final Map<String, String> BEFORE = Map.of("app/Parent.java", PARENT, "app/Item.java",
            "package app; @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id;"
                    + " String code; Integer amount; @jakarta.persistence.Column(name = \"ref_id\") Long refId; }");
    private static final Map<String, String> AFTER = Map.of("app/Parent.java", PARENT, "app/Item.java",
            "package app; @jakarta.persistence.Entity @jakarta.persistence.Table(indexes = @jakarta.persistence.Index("
                    + "name = \"ix_item_code\", columnList = \"code\")) @org.hibernate.annotations.Check("
                    + "name = \"item_amount_positive\", constraints = \"amount >= 0\") public class Item {"
                    + " @jakarta.persistence.Id Long id; @jakarta.persistence.Column(nullable = false) String code;"
                    + " Integer amount; @jakarta.persistence.ManyToOne"
                    + " @jakarta.persistence.JoinColumn(name = \"ref_id\") Parent ref; }");

    @TempDir
    Path dir;

    @Test
    void indexesAreBuiltConcurrentlyAndConstraintsValidatedLater() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(BEFORE, "hibernate", "before");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            var before = project.upgrade(db);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("insert into parent (id) values (10); insert into item values (1, 5, 'a', 10), (2, 6, null, 10)");
            }

            GenerateResult result = project.generate(AFTER, "hibernate", "online", null, null, null,
                    new SafetyOptions(false, List.of(), List.of(), List.of("item.code='none'"), true));

            String text = Files.readString(result.changesetFile().orElseThrow());
            assertThat(text.lines().filter(line -> line.startsWith("    id: ")).map(String::trim)).containsExactly(
                    "id: 20260102030600-online", "id: 20260102030600-online-validate",
                    "id: 20260102030600-online-index-ix_item_code");
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains(
                    "sql: ALTER TABLE item ADD CONSTRAINT item_amount_positive CHECK ((amount >= 0)) NOT VALID",
                    "sql: ALTER TABLE item ADD CONSTRAINT fko9vd2qje6nct608er36hgd8xq FOREIGN KEY (ref_id) "
                            + "REFERENCES parent (id) NOT VALID",
                    "sql: ALTER TABLE item VALIDATE CONSTRAINT item_amount_positive",
                    "sql: ALTER TABLE item VALIDATE CONSTRAINT fko9vd2qje6nct608er36hgd8xq",
                    "sql: CREATE INDEX CONCURRENTLY ix_item_code ON public.item USING btree (code)",
                    "sql: DROP INDEX CONCURRENTLY public.ix_item_code",
                    "sql: ALTER TABLE item ADD CONSTRAINT item_code_not_null CHECK (code IS NOT NULL) NOT VALID",
                    "sql: ALTER TABLE item VALIDATE CONSTRAINT item_code_not_null",
                    "sql: ALTER TABLE item ALTER COLUMN code SET NOT NULL",
                    "sql: ALTER TABLE item DROP CONSTRAINT item_code_not_null");
            assertThat(flat).as("the NULLs are filled before the check that keeps them out").containsSubsequence(
                    "sql: UPDATE item SET code = 'none' WHERE code IS NULL",
                    "sql: ALTER TABLE item ADD CONSTRAINT item_code_not_null CHECK (code IS NOT NULL) NOT VALID");
            assertThat(flat.split("runInTransaction: false", -1)).hasSize(2);
            assertThat(ChangesetLineage.of(ChangelogLocation.of(project.master())).heads())
                    .as("the follow-up changesets belong to the main one").containsExactly("20260102030600-online");
            var after = project.upgrade(db);
            assertThat(project.generate(AFTER, "hibernate", "settled").summary()).isEmpty();
            ModelProject plain = new ModelProject(dir.resolve("plain"));
            plain.generate(AFTER, "hibernate", "plain");
            try (ScratchDatabase fresh = TestPostgres.newDatabase()) {
                assertThat(after).isEqualTo(plain.upgrade(fresh));
            }
            assertThat(project.rollback(db, 3)).isEqualTo(before);
        }
    }
}
