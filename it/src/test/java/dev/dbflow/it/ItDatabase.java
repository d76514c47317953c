package dev.dbflow.it;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One IT case's database on the {@link PostgresForIts} server, for the case's {@code setup.groovy} and
 * {@code verify.groovy}. It is named after the case directory, dashes turned into underscores, and owned by
 * {@link #USER}, who logs in with {@link #PASSWORD}; the scripts themselves connect as the superuser.
 */
public final class ItDatabase {

    /** The role the plugin logs in as. */
    public static final String USER = "dbflow_it";

    /** {@link #USER}'s password; the server checks it (see {@link PostgresForIts}). */
    public static final String PASSWORD = "it-secret";

    private static final long SERVER_WAIT_MILLIS = 120_000;

    private final int port;
    private final String name;

    private ItDatabase(int port, String name) {
        this.port = port;
        this.name = name;
    }

    /**
     * Creates the case's database, replacing one left over from an earlier run, once the server is up.
     *
     * @param port    the server's port (the {@code itPostgresPort} script variable)
     * @param basedir the case directory (the {@code basedir} script variable)
     * @return the new, empty database
     * @throws SQLException         when the server does not come up within two minutes or refuses the statements
     * @throws InterruptedException when interrupted while waiting for the server
     */
    public static ItDatabase create(String port, File basedir) throws SQLException, InterruptedException {
        return create(port, of(port, basedir).name);
    }

    /**
     * Creates a database named {@code name}, replacing one left over from an earlier run, once the server is up: a
     * case's second database, such as a colleague's made by the same script.
     *
     * @param port the server's port (the {@code itPostgresPort} script variable)
     * @return the new, empty database
     * @throws SQLException         when the server does not come up within two minutes or refuses the statements
     * @throws InterruptedException when interrupted while waiting for the server
     */
    public static ItDatabase create(String port, String name) throws SQLException, InterruptedException {
        ItDatabase database = of(port, name);
        try (Connection admin = database.waitForServer(); Statement statement = admin.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + USER + "') THEN "
                    + "CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
            statement.execute("DROP DATABASE IF EXISTS " + database.name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database.name + " OWNER " + USER);
        }
        return database;
    }

    /**
     * Returns the case's database, which {@link #create} made.
     *
     * @param port    the server's port (the {@code itPostgresPort} script variable)
     * @param basedir the case directory (the {@code basedir} script variable)
     */
    public static ItDatabase of(String port, File basedir) {
        return of(port, basedir.getName().toLowerCase(Locale.ROOT).replace('-', '_'));
    }

    /**
     * Returns the database named {@code name}, which {@link #create(String, String)} made.
     *
     * @param port the server's port (the {@code itPostgresPort} script variable)
     */
    public static ItDatabase of(String port, String name) {
        return new ItDatabase(Integer.parseInt(port), name);
    }

    /** Returns the database's name. */
    public String name() {
        return name;
    }

    /**
     * Returns the tables in schema {@code public}, sorted, without Liquibase's two bookkeeping tables.
     *
     * @throws SQLException when the query fails
     */
    public List<String> tables() throws SQLException {
        return column(rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_name NOT IN ('databasechangelog', 'databasechangeloglock') ORDER BY table_name"));
    }

    /**
     * Returns a table's columns in order, each as {@code name type} with {@code not null} appended when it
     * applies, e.g. {@code title character varying(200) not null}.
     *
     * @throws SQLException when the query fails
     */
    public List<String> columns(String table) throws SQLException {
        return column(rows("SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) "
                + "|| CASE WHEN a.attnotnull THEN ' not null' ELSE '' END FROM pg_attribute a "
                + "WHERE a.attrelid = 'public." + table + "'::regclass AND a.attnum > 0 AND NOT a.attisdropped "
                + "ORDER BY a.attnum"));
    }

    /**
     * Returns the ids of the changesets Liquibase recorded as applied, in the order they ran.
     *
     * @throws SQLException when the query fails, e.g. because nothing was ever applied
     */
    public List<String> appliedChangesets() throws SQLException {
        return column(rows("SELECT id FROM databasechangelog ORDER BY orderexecuted"));
    }

    /**
     * Runs a query and returns each row's values as text (null stays null).
     *
     * @throws SQLException when the query fails
     */
    public List<List<String>> rows(String sql) throws SQLException {
        try (Connection connection = connect(name); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /**
     * Drops the database.
     *
     * @throws SQLException when the server refuses
     */
    public void drop() throws SQLException {
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static List<String> column(List<List<String>> rows) {
        return rows.stream().map(row -> row.get(0)).toList();
    }

    // The server starts in the background while the first cases are being cloned, so the first one may wait.
    private Connection waitForServer() throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + SERVER_WAIT_MILLIS;
        while (true) {
            try {
                return connect("postgres");
            } catch (SQLException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new SQLException("The IT PostgreSQL server on port " + port + " did not come up within "
                            + SERVER_WAIT_MILLIS / 1000 + " s; see PostgresForIts' output in the Maven log", e);
                }
                Thread.sleep(500);
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", null);
    }
}
