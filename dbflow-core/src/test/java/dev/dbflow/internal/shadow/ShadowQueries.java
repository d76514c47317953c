package dev.dbflow.internal.shadow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the shadow tests read back from the server to see which databases and tables a step left. */
final class ShadowQueries {

    private ShadowQueries() {
    }

    /** The names of the server's databases dbflow made (its cache templates and scratch databases), sorted. */
    static List<String> dbflowDatabases(ShadowServer shadow) throws SQLException {
        try (Connection connection = shadow.server().connect(shadow.server().database())) {
            return strings(connection, "SELECT datname FROM pg_database WHERE datname LIKE 'dbflow\\_%' ORDER BY 1");
        }
    }

    /** The first column of every row {@code sql} returns, in its order. */
    static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
