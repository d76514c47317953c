package dev.dbflow.internal.generate;

import dev.dbflow.api.ConfigurationException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

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
                            + "entities: " + e.getMessage().trim() + " The statement was: " + sql + " Fix the "
                            + "mapping it comes from (often a columnDefinition or @ColumnDefault).", e);
                }
            }
            connection.commit();
        } finally {
            connection.rollback();
        }
    }
}
