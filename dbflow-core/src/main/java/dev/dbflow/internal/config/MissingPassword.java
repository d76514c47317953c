package dev.dbflow.internal.config;

import java.sql.SQLException;

/**
 * Tells a login the PostgreSQL JDBC driver did not attempt for want of a password from every other connection failure:
 * the server asked for one and no setting, URL or {@code ~/.pgpass} gave it. Reported as a server problem, it would
 * send the user looking at the server instead of at the settings.
 */
public final class MissingPassword {

    /** The driver's SQLSTATE for a connection it rejected itself; the message tells which reason it had. */
    private static final String CONNECTION_REJECTED = "08004";
    private static final String NO_PASSWORD = "no password was provided";

    private MissingPassword() {
    }

    /** Returns true when {@code e} is the driver's "the server requested … authentication, but no password was provided". */
    public static boolean is(SQLException e) {
        return CONNECTION_REJECTED.equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains(NO_PASSWORD);
    }
}
