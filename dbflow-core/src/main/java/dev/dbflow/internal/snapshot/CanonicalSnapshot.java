package dev.dbflow.internal.snapshot;

import static dev.dbflow.internal.model.Identifiers.quote;

import dev.dbflow.internal.model.CheckConstraint;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.model.View;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Predicate;

/**
 * Reads a scratch database in PostgreSQL's canonical form for expressions.
 *
 * <p>PostgreSQL prints a check, default or index predicate from its parse tree, and printing is not
 * stable under re-parsing: {@code status IN ('A','B')} prints as {@code = ANY ((ARRAY['A'::varchar, ...])::text[])},
 * and that text, applied again, prints as {@code = ANY (ARRAY[('A'::varchar)::text, ...])}. A changelog
 * built from printed text therefore never matches the entities that printed it. Re-applying every printed
 * expression once and reading again reaches the form that re-parsing keeps, on whichever side it is run,
 * so both sides are read this way. A view's query is printed the same way, and re-applied with it.
 */
public final class CanonicalSnapshot {

    private final PgCatalogReader reader = new PgCatalogReader();

    /**
     * Re-applies every check, default, policy expression, non-simple index and view of the database from its printed
     * text, then reads the schema. Only for scratch databases: it rewrites them.
     *
     * @throws SQLException when PostgreSQL rejects a printed expression
     */
    public Schema read(Connection connection) throws SQLException {
        return read(connection, table -> true);
    }

    /**
     * Reads like {@link #read(Connection)}, re-applying the views and only the expressions of the tables
     * {@code rewritten} accepts as {@link PgCatalogReader} prints them: for a database whose other tables are in canonical form already (a copy
     * of a database this class has read, a few tables changed since).
     *
     * @throws SQLException when PostgreSQL rejects a printed expression
     */
    public Schema read(Connection connection, Predicate<Table> rewritten) throws SQLException {
        Schema printed = reader.read(connection);
        StringBuilder sql = new StringBuilder();
        for (Table table : printed.tables().stream().filter(rewritten).toList()) {
            String name = quote(table.name());
            for (CheckConstraint check : table.checks()) {
                sql.append("ALTER TABLE ").append(name).append(" DROP CONSTRAINT ").append(quote(check.name()))
                        .append(", ADD CONSTRAINT ").append(quote(check.name())).append(' ')
                        .append(check.definition()).append(";\n");
            }
            for (Column column : table.columns()) {
                if (column.defaultValue() != null) {
                    sql.append("ALTER TABLE ").append(name).append(" ALTER COLUMN ").append(quote(column.name()))
                            .append(" SET DEFAULT ").append(column.defaultValue()).append(";\n");
                }
            }
            for (Policy policy : table.policies()) {
                if (policy.using() != null || policy.withCheck() != null) {
                    sql.append("ALTER POLICY ").append(quote(policy.name())).append(" ON ").append(name)
                            .append(policy.using() == null ? "" : " USING (" + policy.using() + ")")
                            .append(policy.withCheck() == null ? "" : " WITH CHECK (" + policy.withCheck() + ")")
                            .append(";\n");
                }
            }
            for (Index index : table.indexes()) {
                if (!index.simple()) {
                    sql.append("DROP INDEX ").append(quote(table.name().schema())).append('.')
                            .append(quote(index.name())).append(";\n").append(index.definition()).append(";\n");
                }
            }
        }
        for (View view : printed.views()) {
            if (!view.materialized()) {
                sql.append("CREATE OR REPLACE VIEW ").append(quote(view.name())).append(" AS ")
                        .append(view.definition()).append(";\n");
            }
        }
        if (sql.isEmpty()) {
            return printed;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.toString());
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return reader.read(connection);
    }

}
