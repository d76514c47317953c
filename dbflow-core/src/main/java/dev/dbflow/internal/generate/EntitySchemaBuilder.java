package dev.dbflow.internal.generate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.load.DeclaredPolicies;
import dev.dbflow.internal.model.Identifiers;
import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.QualifiedName;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Runs Hibernate's create DDL on a scratch database, in one transaction, so that PostgreSQL itself
 * normalises every type, default and constraint the entities declare. The statements go to the server as one
 * script (one round trip instead of one per statement, which dominated this step for large models); only when
 * the script fails are they run again one by one, to name the statement PostgreSQL rejects.
 */
final class EntitySchemaBuilder {

    /**
     * Applies the statements.
     *
     * @throws ConfigurationException when PostgreSQL rejects a statement: the mapping declares something
     *                                PostgreSQL cannot create (typically a {@code columnDefinition})
     */
    void apply(Connection connection, List<String> statements) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute(String.join("\n", statements.stream().map(sql -> sql.endsWith(";") ? sql : sql + ";")
                        .toList()));
                connection.commit();
                return;
            } catch (SQLException e) {
                connection.rollback();
            }
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new ConfigurationException("PostgreSQL rejects the DDL Hibernate generates for the "
                            + "entities: " + oneLine(e) + ". The statement was: " + sql + " Fix the "
                            + "mapping it comes from (often a columnDefinition or @ColumnDefault).", e);
                }
            }
            connection.commit();
        } finally {
            connection.rollback();
        }
    }

    /**
     * Switches on row-level security and creates the policies the entities declare, one statement at a time, so that
     * PostgreSQL reads every expression back in its own printed form.
     *
     * @throws ConfigurationException when PostgreSQL rejects a policy, naming the entity and the policy
     */
    void applyPolicies(Connection connection, DeclaredPolicies declared) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<QualifiedName, DeclaredPolicies.Declaration> entry : declared.tables().entrySet()) {
                String table = Identifiers.quote(entry.getKey());
                DeclaredPolicies.Declaration declaration = entry.getValue();
                if (declaration.rowSecurity().enabled()) {
                    statement.execute("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
                }
                if (declaration.rowSecurity().forced()) {
                    statement.execute("ALTER TABLE " + table + " FORCE ROW LEVEL SECURITY");
                }
                for (Policy policy : declaration.policies()) {
                    try {
                        statement.execute(policy.createStatement(table, Identifiers::quote));
                    } catch (SQLException e) {
                        throw new ConfigurationException("PostgreSQL rejects policy '" + policy.name() + "' of entity "
                                + declaration.entity() + " on table " + entry.getKey().display() + ": "
                                + oneLine(e) + ". Fix the @Policy: its using and withCheck are SQL "
                                + "expressions over the table's column names.", e);
                    }
                }
            }
            connection.commit();
        } finally {
            connection.rollback();
        }
    }

    /** PostgreSQL's message without the driver's "Position: n" line, which means nothing outside a SQL editor. */
    private static String oneLine(SQLException e) {
        String text = e.getMessage().replaceAll("\\s*Position: \\d+", "").replaceAll("\\s*\\n\\s*", " ").trim();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
