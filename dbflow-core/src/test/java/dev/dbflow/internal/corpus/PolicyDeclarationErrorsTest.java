package dev.dbflow.internal.corpus;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.testing.ModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Row-level security declarations dbflow cannot use fail with one error naming the entity and policy, writing nothing. */
class PolicyDeclarationErrorsTest {

    @TempDir
    Path dir;

    private void assertFails(String entity, String message) {
        ModelProject project = new ModelProject(dir);
        assertThatThrownBy(() -> project.generate(CorpusCase.sources(entity), "hibernate", "bad"))
                .isInstanceOf(ConfigurationException.class).hasMessage(message);
        assertThat(project.master()).doesNotExist();
    }

    @Test
    void aPolicyWithoutRowLevelSecurity() {
        assertFails("@Entity @Policy(name = \"p\", using = \"true\") class Item { @Id Long id; }\n",
                "@Policy on app.Item (entity app.Item) needs @RowLevelSecurity on the same class: dbflow manages the "
                        + "policies only of tables whose entity declares row-level security. Add @RowLevelSecurity to "
                        + "Item.");
    }

    @Test
    void twoPoliciesWithOneName() {
        assertFails("@Entity @RowLevelSecurity @Policy(name = \"p\", using = \"true\") @Policy(name = \"p\", using = "
                        + "\"false\") class Item { @Id Long id; }\n",
                "Entity app.Item declares two policies named 'p' for table item. Give each @Policy of a table its own "
                        + "name.");
    }

    @Test
    void aPolicyOverAColumnTheEntityDoesNotHave() {
        assertFails("@Entity @RowLevelSecurity @Policy(name = \"visible_rows\", using = \"visible\") "
                        + "class Item { @Id Long id; }\n",
                "PostgreSQL rejects policy 'visible_rows' of entity app.Item on table item: ERROR: column \"visible\" "
                        + "does not exist. Fix the @Policy: its using and withCheck are SQL expressions over the "
                        + "table's column names.");
    }

    @Test
    void anInsertPolicyWithUsing() {
        assertFails("@Entity @RowLevelSecurity @Policy(name = \"p\", command = Policy.Command.INSERT, using = \"true\") "
                        + "class Item { @Id Long id; }\n",
                "PostgreSQL rejects policy 'p' of entity app.Item on table item: ERROR: only WITH CHECK expression "
                        + "allowed for INSERT. Fix the @Policy: its using and withCheck are SQL expressions over the "
                        + "table's column names.");
    }
}
