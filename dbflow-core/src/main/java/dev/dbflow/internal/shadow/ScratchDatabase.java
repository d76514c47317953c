package dev.dbflow.internal.shadow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database created on a shadow server for one job and dropped when closed, also after failure.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;

    private ScratchDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /**
     * Creates a new, empty database named {@code dbflow_<purpose>_<random>}.
     *
     * @throws SQLException when the server refuses CREATE DATABASE
     */
    public static ScratchDatabase create(PostgresServer server, String purpose) throws SQLException {
        return createFrom(server, purpose, null);
    }

    /**
     * Creates a new database named {@code dbflow_<purpose>_<random>} as a copy of {@code template} (a database
     * nobody is connected to), or empty for null.
     *
     * @throws SQLException when the server refuses CREATE DATABASE
     */
    static ScratchDatabase createFrom(PostgresServer server, String purpose, String template) throws SQLException {
        String name = "dbflow_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = server.connect(server.database());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        }
        return new ScratchDatabase(server, name);
    }

    /** Returns the database name. */
    public String name() {
        return name;
    }

    /** Returns the JDBC URL of this database. */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** Returns the server the database lives on. */
    public PostgresServer server() {
        return server;
    }

    /**
     * Opens a new connection to this database.
     *
     * @throws SQLException as the driver raises it
     */
    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    /** Drops the database, ending any session still connected to it. */
    @Override
    public void close() {
        try (Connection admin = server.connect(server.database());
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop scratch database " + name + ": " + e.getMessage(), e);
        }
    }
}
