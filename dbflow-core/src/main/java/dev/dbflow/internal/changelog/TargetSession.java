package dev.dbflow.internal.changelog;

import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.TargetDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * One connection to the target database and one Liquibase session on it, for the length of one job; releases the
 * change lock a job left behind when the connection was lost in the middle of a changeset.
 */
final class TargetSession {

    private TargetSession() {
    }

    /**
     * Opens the target, runs {@code work} on a Liquibase session over the changelog at {@code location}, and closes
     * the connection whatever happens.
     *
     * @return what {@code work} returns
     * @throws DbflowException when the target cannot be opened or {@code work} fails
     */
    static <T> T run(ChangelogLocation location, TargetDatabase target, DbflowListener listener,
                     Function<LiquibaseSession, T> work) {
        String described = TargetConnector.describe(target);
        Connection connection = TargetConnector.open(target);
        boolean lockLeft = false;
        try (LiquibaseSession session = new LiquibaseSession(location, connection, described, target.password(),
                "Changesets before it stay applied; fix this changeset (or the database) and run again.", listener)) {
            try {
                return work.apply(session);
            } catch (DbflowException e) {
                lockLeft = session.failedInChangeset() && !LostConnectionLock.alive(connection);
                throw e;
            }
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // The job's work is committed by now; a failed close only leaks a session on the server.
                listener.warn("Could not close the connection to the " + described + ": "
                        + LiquibaseFailures.oneParagraph(e.getMessage()));
            }
            if (lockLeft) {
                LostConnectionLock.release(location, target, described, listener);
            }
        }
    }
}
