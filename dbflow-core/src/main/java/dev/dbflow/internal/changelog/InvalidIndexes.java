package dev.dbflow.internal.changelog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes PostgreSQL marks invalid: what a {@code CREATE INDEX CONCURRENTLY} leaves when it fails or its run is killed.
 * Such a changeset runs outside a transaction, so nothing rolls it back; the index takes write overhead, serves no
 * query, and a rerun of the changeset fails on its name until someone drops it.
 */
final class InvalidIndexes {

    private static final String QUERY = """
            SELECT n.nspname, ic.relname, c.relname
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = ic.relnamespace
            WHERE NOT i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            ORDER BY 1, 2
            """;

    private InvalidIndexes() {
    }

    /**
     * Returns one sentence per invalid index, naming it, its table and what to do, in name order.
     *
     * @throws SQLException when the catalog query fails
     */
    static List<String> of(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(QUERY)) {
            while (rs.next()) {
                String index = (rs.getString(1).equals("public") ? "" : rs.getString(1) + ".") + rs.getString(2);
                found.add("Index " + index + " on " + rs.getString(3) + " is INVALID: a CREATE INDEX CONCURRENTLY did "
                        + "not finish (it failed or its run was killed), and nothing rolls such a changeset back. Drop it "
                        + "(DROP INDEX CONCURRENTLY " + index + "), fix the cause, then run upgrade again.");
            }
        }
        return found;
    }
}
