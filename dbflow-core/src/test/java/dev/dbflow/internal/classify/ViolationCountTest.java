package dev.dbflow.internal.classify;

import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With a target database, generate counts the rows each data-dependent operation would fail on. */
class ViolationCountTest {

    private static final String PARENT = "package app; @jakarta.persistence.Entity public class Parent {"
            + " @jakarta.persistence.Id Long id; }";
    private static final Map<String, String> BEFORE = Map.of("app/Parent.java", PARENT, "app/Item.java",
            "package app; @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id;"
                    + " String code; Integer amount; @jakarta.persistence.Column(name = \"ref_id\") Long refId; }");
    private static final Map<String, String> AFTER = Map.of("app/Parent.java", PARENT, "app/Item.java",
            "package app; @jakarta.persistence.Entity @org.hibernate.annotations.Check(name = \"item_amount_positive\","
                    + " constraints = \"amount >= 0\") public class Item { @jakarta.persistence.Id Long id;"
                    + " @jakarta.persistence.Column(nullable = false, unique = true) String code; Integer amount;"
                    + " @jakarta.persistence.ManyToOne @jakarta.persistence.JoinColumn(name = \"ref_id\") Parent ref; }");

    @TempDir
    Path dir;

    @Test
    void countsViolatingRowsPerFinding() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(BEFORE, "hibernate", "before");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgradeWithRows(db, "insert into parent (id) values (10);"
                    + "insert into item (id, code, amount, ref_id) values (1, 'a', 5, 10), (2, 'a', -1, null),"
                    + " (3, null, null, 99)");

            var result = project.generate(AFTER, "hibernate", "constraints", null, null, null,
                    new SafetyOptions(true, List.of(), List.of(), List.of("item.code='none'")));

            assertThat(result.summary()).hasSize(5);
            assertThat(project.listener().lines()).filteredOn(line -> line.contains("in the target database"))
                    .containsExactly(
                            "DD001 item.code: 1 row in the target database holds NULL, which the backfill fills",
                            "WARN DD003 item.item_amount_positive: 1 row in the target database would make it fail",
                            "WARN DD002 item.item_code_key: 2 rows in the target database would make it fail",
                            "WARN DD003 item.fko9vd2qje6nct608er36hgd8xq: 1 row in the target database would make it fail");
        }
    }

    @Test
    void countsValuesThatDoNotConvertToTheNewType() throws Exception {
        ModelProject project = new ModelProject(dir);
        String item = "package app; @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; %s code; }";
        project.generate(Map.of("app/Item.java", String.format(item, "String")), "hibernate", "before");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgradeWithRows(db, "insert into item (id, code) values (1, '12'), (2, 'abc'), (3, null)");

            var result = project.generate(Map.of("app/Item.java", String.format(item, "Integer")), "hibernate", "cast");

            assertThat(result.summary()).containsExactly("~ column item.code: varchar(255) -> integer  [DD004 LK003]");
            assertThat(project.listener().lines()).filteredOn(line -> line.contains("in the target database"))
                    .containsExactly("WARN DD004 item.code: 1 row in the target database would make it fail");
        }
    }
}
