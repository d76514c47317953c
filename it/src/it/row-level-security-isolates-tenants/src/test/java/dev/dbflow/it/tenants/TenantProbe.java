package dev.dbflow.it.tenants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Inserts tasks for two tenants ({@code seed}) and prints, for each tenant, the titles a non-owner role sees with
 * {@code app.tenant_id} set to that tenant ({@code show}; {@code seed} shows too). Connects as the superuser, which
 * grants the role and takes it on with {@code SET LOCAL ROLE}; row-level security then applies as to any application
 * role that does not own the table.
 */
public final class TenantProbe {

    private static final String ROLE = "tenant_reader";
    private static final String[][] TENANTS = {
            {"A", "0a0a0a0a-0000-4000-8000-00000000000a"},
            {"B", "0b0b0b0b-0000-4000-8000-00000000000b"}};

    public static void main(String[] args) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        try (Connection connection = new org.postgresql.Driver().connect(args[0], login)) {
            if (args[1].equals("seed")) {
                seed(connection);
            }
            show(connection);
        }
    }

    private static void seed(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') "
                    + "THEN CREATE ROLE " + ROLE + " NOLOGIN; END IF; END $$");
            statement.execute("GRANT SELECT ON task TO " + ROLE);
            statement.execute("INSERT INTO task (id, title, tenant_id) VALUES (1, 'a1', '" + TENANTS[0][1] + "'), "
                    + "(2, 'a2', '" + TENANTS[0][1] + "'), (3, 'b1', '" + TENANTS[1][1] + "')");
        }
    }

    private static void show(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        for (String[] tenant : TENANTS) {
            try (Statement statement = connection.createStatement();
                 PreparedStatement setting = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                statement.execute("SET LOCAL ROLE " + ROLE);
                setting.setString(1, tenant[1]);
                setting.execute();
                List<String> titles = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT title FROM task ORDER BY title")) {
                    while (rows.next()) {
                        titles.add(rows.getString(1));
                    }
                }
                System.out.println("[probe] tenant " + tenant[0] + " sees " + titles);
            } finally {
                connection.rollback();
            }
        }
    }
}
