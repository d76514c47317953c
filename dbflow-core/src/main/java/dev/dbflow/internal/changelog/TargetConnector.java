package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.config.MissingPassword;
import dev.dbflow.internal.config.PostgresUrl;
import dev.dbflow.internal.config.Secrets;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections to the target database and describes it in messages, never with its password.
 */
public final class TargetConnector {

    private TargetConnector() {
    }

    /** Returns {@code database 'app' at localhost:5432} for messages. */
    public static String describe(TargetDatabase target) {
        PostgresUrl url = PostgresUrl.parse(target.jdbcUrl(), target.source());
        return "database '" + url.database() + "' at " + url.host() + ":" + url.port();
    }

    /**
     * Opens a connection with the target's user name and password.
     *
     * @return the open connection
     * @throws ConfigurationException  when the server asks for a password and no setting gave one
     * @throws InfrastructureException when the server is unreachable or refuses the login; the message names
     *                                 host, port, database, user and what to check
     */
    public static Connection open(TargetDatabase target) {
        Properties properties = new Properties();
        if (target.username() != null) {
            properties.setProperty("user", target.username());
        }
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        try {
            // The driver directly, not DriverManager: in a Maven plugin the context class loader is the
            // project's, whose own PostgreSQL driver DriverManager would reject for this class loader.
            return new org.postgresql.Driver().connect(target.jdbcUrl(), properties);
        } catch (SQLException e) {
            PostgresUrl url = PostgresUrl.parse(target.jdbcUrl(), target.source());
            String user = target.username() == null ? "the default user" : "user '" + target.username() + "'";
            if (MissingPassword.is(e)) {
                throw new ConfigurationException("The target database '" + url.database() + "' at " + url.host() + ":"
                        + url.port() + " asks for a password for " + user + ", but none was given (the URL is from "
                        + target.source() + "). Give it with -Ddbflow.password, in the URL "
                        + "(postgresql://user:password@host:5432/database), with -Ddbflow.serverId naming a <server> "
                        + "in ~/.m2/settings.xml, or in ~/.pgpass.", e);
            }
            throw new InfrastructureException(connectFailure(target, url, user, e), e);
        }
    }

    private static String connectFailure(TargetDatabase target, PostgresUrl url, String user, SQLException e) {
        String where = url.host() + ":" + url.port();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String check = switch (state) {
            case "28P01", "28000" -> "Check the user name and password (from " + target.source()
                    + "), and that the server's pg_hba.conf lets this user connect from this machine.";
            case "3D000" -> "Check the database name in the URL (from " + target.source() + "), or create the database.";
            case "08001", "08004", "08006" -> "Check that PostgreSQL is running at " + where
                    + " and accepts TCP connections from this machine, and the URL (from " + target.source() + ").";
            default -> "Check that PostgreSQL is running at " + where + ", that the database exists, and the user "
                    + "name and password (from " + target.source() + ").";
        };
        return "Cannot connect to the target database '" + url.database() + "' at " + where + " as " + user + ": "
                + LiquibaseFailures.oneParagraph(Secrets.mask(e.getMessage(), target.password())) + ". " + check;
    }
}
