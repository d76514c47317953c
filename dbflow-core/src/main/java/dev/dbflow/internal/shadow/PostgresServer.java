package dev.dbflow.internal.shadow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where a PostgreSQL server listens and how to log in to it.
 *
 * @param host     host name
 * @param port     TCP port
 * @param database the maintenance database to connect to for CREATE/DROP DATABASE
 * @param user     user name
 * @param password password, or null; never printed
 */
public record PostgresServer(String host, int port, String database, String user, String password) {

    /** Returns the JDBC URL of a database on this server. */
    public String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + databaseName;
    }

    /**
     * Opens a connection to a database on this server.
     *
     * @throws SQLException as the PostgreSQL driver raises it
     */
    public Connection connect(String databaseName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl(databaseName), properties);
    }

    @Override
    public String toString() {
        return "PostgresServer[" + host + ":" + port + "/" + database + ", user " + user + "]";
    }
}
