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
                "Entity app.Item has @Policy but no @RowLevelSecurity: dbflow manages the policies only of tables "
                        + "whose entity declares row-level security. Add @RowLevelSecurity to Item (or to the "
                        + "@MappedSuperclass that declares the policies).");
    }

    @Test
    void twoPoliciesWithOneName() {
        assertFails("@Entity @RowLevelSecurity @Policy(name = \"p\", using = \"true\") @Policy(name = \"p\", using = "
                        + "\"false\") class Item { @Id Long id; }\n",
                "Entity app.Item declares two policies named 'p' for table item (its own and its @MappedSuperclass's "
                        + "together). Give each @Policy of a table its own name.");
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

    @Test
    void anExpressionThatEndsDbflowsParenthesisAndRunsAStatement() {
        assertFails("@Entity @RowLevelSecurity @Policy(name = \"p\", using = \"true); ALTER TABLE item ADD COLUMN "
                        + "injected int; --\") class Item { @Id Long id; }\n",
                "Policy 'p' of entity app.Item cannot be used: its using is not one SQL expression (it closes a "
                        + "parenthesis it did not open). Write a single boolean expression over the table's columns, "
                        + "e.g. tenant_id = current_setting('app.tenant_id')::uuid.");
    }

    @Test
    void anExpressionWithAStatementSeparator() {
        assertFails("@Entity @RowLevelSecurity @Policy(name = \"p\", withCheck = \"id > 0; DROP TABLE item\") "
                        + "class Item { @Id Long id; }\n",
                "Policy 'p' of entity app.Item cannot be used: its withCheck is not one SQL expression (it holds a "
                        + "';': give one expression, not statements). Write a single boolean expression over the "
                        + "table's columns, e.g. tenant_id = current_setting('app.tenant_id')::uuid.");
    }

    @Test
    void rolesPostgresqlWouldNotKeepAsWritten() {
        assertFails("@Entity @RowLevelSecurity @Policy(name = \"p\", using = \"true\", roles = \"current_user\") "
                        + "class Item { @Id Long id; }\n",
                "Policy 'p' of entity app.Item has the role 'current_user', which dbflow cannot keep: name the role "
                        + "itself; PostgreSQL resolves or reserves this name.");
        assertFails("@Entity @RowLevelSecurity @Policy(name = \"p\", using = \"true\", roles = {\"public\", "
                        + "\"app\"}) class Item { @Id Long id; }\n",
                "Policy 'p' of entity app.Item names PUBLIC and other roles: PUBLIC already includes every role. Keep "
                        + "PUBLIC alone (or leave roles empty), or name only the roles.");
        assertFails("@Entity @RowLevelSecurity @Policy(name = \"p\", using = \"true\", roles = \"\\\"app\\\"\") "
                        + "class Item { @Id Long id; }\n",
                "Policy 'p' of entity app.Item has the role '\"app\"', which dbflow cannot keep: write the role name "
                        + "as PostgreSQL stores it, without quotes.");
    }

    @Test
    void aPolicyNamePostgresqlWouldCutShort() {
        String name = "tenant_isolation_".repeat(4);
        assertFails("@Entity @RowLevelSecurity @Policy(name = \"" + name + "\", using = \"true\") "
                        + "class Item { @Id Long id; }\n",
                "Policy '" + name + "' of entity app.Item has a name of more than 63 bytes, which PostgreSQL would "
                        + "cut short (and two long names could become one). Give it a shorter name.");
    }

    @Test
    void aSingleTableSubclassThatDeclaresPolicies() {
        assertFails("@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) class Item { @Id Long id; }\n"
                        + "@Entity @RowLevelSecurity @Policy(name = \"p\", using = \"true\") "
                        + "class Book extends Item {}\n",
                "Entity app.Book shares table item with its root entity app.Item (single-table inheritance), so it "
                        + "cannot declare row-level security of its own: move @RowLevelSecurity and @Policy to "
                        + "app.Item.");
    }
}
