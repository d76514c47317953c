package dev.dbflow.internal.changelog;

import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.TargetDatabase;

import java.sql.Connection;
import java.sql.SQLException;

/** The change lock of a run whose connection died inside a changeset, and how it is released. */
final class LostConnectionLock {

    private LostConnectionLock() {
    }

    /**
     * The connection died inside a changeset (server restart, {@code pg_terminate_backend}, network): PostgreSQL
     * rolled the changeset back, but Liquibase's lock row, committed before, still names this run, which cannot
     * release it on the dead connection. A new connection releases it, so that running upgrade again just works.
     */
    static void release(ChangelogLocation location, TargetDatabase target, String described,
                        DbflowListener listener) {
        try (Connection connection = TargetConnector.open(target);
             LiquibaseSession session = new LiquibaseSession(location, connection, described, target.password(),
                     "", listener)) {
            ChangeLock.release(session);
            listener.warn("The connection to the " + described + " was lost inside a changeset; PostgreSQL rolled "
                    + "that changeset back, and the change lock this run held is released.");
        } catch (DbflowException | SQLException e) {
            listener.warn("The connection to the " + described + " was lost inside a changeset and the change lock "
                    + "this run held could not be released (" + LiquibaseFailures.oneParagraph(e.getMessage())
                    + "); release it with mvn dbflow:unlock.");
        }
    }

    /** Returns true when the connection still answers. */
    static boolean alive(Connection connection) {
        try {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }
}
