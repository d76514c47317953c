package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.model.Identifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database made before its changelog (by a {@code schema.sql}, by hand, by Hibernate's {@code ddl-auto}): it has
 * the tables the changelog creates but no Liquibase history. {@code upgrade} would run the first changeset and fail
 * with "relation already exists", so it is sent to {@code baseline}, which checks the schema and records the
 * baseline, as {@code status} does.
 */
final class UnadoptedDatabase {

    private static final String TABLES = "select schemaname, tablename from pg_catalog.pg_tables"
            + " where schemaname not in ('pg_catalog', 'information_schema') and schemaname not like 'pg\\_%'"
            + " order by schemaname, tablename";

    private UnadoptedDatabase() {
    }

    /**
     * Refuses, before anything runs, when the target has no Liquibase history and the changelog creates tables it
     * already has.
     *
     * @throws ConfigurationException  when it is such a database: the message names the tables and says what to do
     * @throws InfrastructureException when the target cannot be read
     */
    static void refuse(ChangelogLocation location, TargetDatabase target) {
        List<String> existing = tables(location, target);
        if (!existing.isEmpty()) {
            throw new ConfigurationException("The " + TargetConnector.describe(target) + " has tables but no "
                    + "Liquibase history, and the changelog creates " + String.join(", ", existing) + ", which it "
                    + "already has: upgrade would fail with \"relation already exists\". Nothing was run. Adopt the "
                    + "database first with mvn dbflow:baseline (it checks that the schema matches the changelog's "
                    + "baseline changeset and records it as applied), then run mvn dbflow:upgrade.");
        }
    }

    /**
     * Finds the tables the changelog creates that the target already has while it has no Liquibase history: no
     * {@code databasechangelog} table, or an empty one (a {@code status} run creates it). A target that has another
     * project's history (a base changelog's) has a history.
     *
     * @return the tables, {@code schema.table} outside {@code public}, in name order; empty when the target has a
     *         history or none of them
     * @throws InfrastructureException when the target cannot be read
     */
    static List<String> tables(ChangelogLocation location, TargetDatabase target) {
        List<String> tables = new ArrayList<>();
        try (Connection connection = TargetConnector.open(target); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(TABLES)) {
            String history = null;
            while (rows.next()) {
                String schema = rows.getString(1);
                String table = rows.getString(2);
                if (table.equalsIgnoreCase("databasechangelog")) {
                    history = Identifiers.quote(schema) + "." + Identifiers.quote(table);
                } else {
                    tables.add(schema.equals("public") ? table : schema + "." + table);
                }
            }
            if (history != null && hasRows(statement, history)) {
                return List.of();
            }
        } catch (SQLException e) {
            throw new InfrastructureException("Cannot read the tables of the " + TargetConnector.describe(target)
                    + ": " + LiquibaseFailures.oneParagraph(e.getMessage()) + ".", e);
        }
        return TableOrigins.of(location).createdAmong(tables);
    }

    private static boolean hasRows(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select exists (select 1 from " + table + ")")) {
            return rows.next() && rows.getBoolean(1);
        }
    }
}
