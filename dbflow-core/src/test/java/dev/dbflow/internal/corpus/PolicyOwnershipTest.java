package dev.dbflow.internal.corpus;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 8's ownership rule: on a table whose entity does not declare {@code @RowLevelSecurity}, the policies the
 * changelog made by hand are left alone, recreated around a column change PostgreSQL refuses while they exist, and
 * dropped with a column they use only when the data loss is accepted.
 */
class PolicyOwnershipTest {

    private static final Map<String, String> MODEL = CorpusCase.sources("""
            @Entity class Item {
                @Id Long id;
                @Column(name = "tenant_id", length = 36) String tenantId;
                boolean visible;
            }
            """);

    @TempDir
    Path dir;

    private ModelProject project;

    @BeforeEach
    void changelogWithAHandMadePolicy() throws Exception {
        project = new ModelProject(dir);
        // Explicit includes, so each later changeset runs after the hand-made one (an includeAll of changes/ would
        // have to stay the master's last entry).
        project.writeMaster("databaseChangeLog:\n");
        project.generate(MODEL, "hibernate", "item");
        Path handMade = project.master().resolveSibling("hand-made.yaml");
        Files.writeString(handMade, """
                databaseChangeLog:
                  - changeSet:
                      id: hand-made-policy
                      author: dba
                      changes:
                        - sql:
                            sql: alter table item enable row level security
                        - sql:
                            sql: create policy visible_rows on item for select using (visible and tenant_id = current_user)
                      rollback:
                        - sql:
                            sql: drop policy visible_rows on item
                        - sql:
                            sql: alter table item disable row level security
                """);
        Files.writeString(project.master(), Files.readString(project.master())
                + "  - include:\n      file: hand-made.yaml\n      relativeToChangelogFile: true\n");
    }

    @Test
    void aPolicyNoEntityDeclaresIsLeftAlone() {
        assertThat(project.generate(MODEL, "hibernate", "nothing").summary()).isEmpty();
    }

    @Test
    void retypingAColumnItUsesRecreatesIt() throws Exception {
        Map<String, String> widened = CorpusCase.sources("""
                @Entity class Item {
                    @Id Long id;
                    @Column(name = "tenant_id", length = 64) String tenantId;
                    boolean visible;
                }
                """);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Schema before = project.upgrade(db);

            assertThat(project.generate(widened, "hibernate", "widen").summary()).containsExactly(
                    "- policy visible_rows on item, recreated around item.tenant_id  [RL001]",
                    "~ column item.tenant_id: varchar(36) -> varchar(64)",
                    "+ policy visible_rows on item (SELECT to public) USING (visible AND ((tenant_id)::text = "
                            + "CURRENT_USER)), recreated after item.tenant_id");

            Schema after = project.upgrade(db);
            assertThat(after.tables().get(0).policies()).isEqualTo(before.tables().get(0).policies());
            assertThat(project.generate(widened, "hibernate", "settled").summary()).isEmpty();
            assertThat(project.rollback(db, 1)).isEqualTo(before);
        }
    }

    @Test
    void droppingAColumnItUsesIsDataLossOfThePolicy() throws Exception {
        Map<String, String> withoutVisible = CorpusCase.sources("""
                @Entity class Item {
                    @Id Long id;
                    @Column(name = "tenant_id", length = 36) String tenantId;
                }
                """);
        assertThatThrownBy(() -> project.generate(withoutVisible, "hibernate", "drop", null, null, null,
                SafetyOptions.strict()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("generate wrote nothing: the changeset would lose data (DL005 "
                        + "item.visible_rows: dropping item.visible drops the policy, which uses it; no entity declares "
                        + "the table's policies (@RowLevelSecurity), so it is not created again; DL002 item.visible: "
                        + "dropping the column deletes its values).");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Schema before = project.upgrade(db);

            assertThat(project.generate(withoutVisible, "hibernate", "drop", null, null, null,
                    new SafetyOptions(false, List.of("DL005:item.visible_rows", "DL002:item.visible"), List.of()))
                    .summary()).containsExactly(
                    "- policy visible_rows on item, which uses dropped item.visible  [DL005]",
                    "- column item.visible  [DL002]");

            assertThat(project.upgrade(db).tables().get(0).policies()).isEmpty();
            assertThat(project.rollback(db, 1)).isEqualTo(before);
        }
    }

    @Test
    void aRenamedColumnTakesThePolicyWithIt() throws Exception {
        Map<String, String> renamed = CorpusCase.sources("""
                @Entity class Item {
                    @Id Long id;
                    @RenamedFrom("tenant_id") @Column(name = "owner_tenant", length = 36) String tenantId;
                    boolean visible;
                }
                """);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgrade(db);

            var result = project.generate(renamed, "hibernate", "rename");

            assertThat(result.summary()).containsExactly("~ rename column item.tenant_id -> owner_tenant  [RL001]");
            assertThat(Files.readString(result.changesetFile().orElseThrow())).contains("RL001 item.visible_rows: the "
                    + "policy follows the rename of tenant_id to owner_tenant");

            assertThat(project.upgrade(db).tables().get(0).policies().get(0).using())
                    .isEqualTo("(visible AND ((owner_tenant)::text = CURRENT_USER))");
        }
    }
}
