package dev.dbflow.internal.changelog;

import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.executor.ExecutorService;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.io.FileNotFoundException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;

/**
 * Liquibase opened on one changelog and one open connection, for a {@link LiquibaseSession}. Every call runs in a
 * Liquibase scope that sends Liquibase's log and console output to the listener (through a
 * {@link ListenerLogService}), turns off its usage analytics, and uses dbflow's own class loader; every Liquibase
 * failure leaves as a {@link DbflowException} naming the changeset that failed, if any, as the last
 * {@link #listen(Consumer, Consumer)} saw it. Closing gives the connection its auto-commit mode back but leaves it
 * open.
 */
final class ScopedLiquibase implements AutoCloseable {

    /** Held so that the level set on it is not lost when the JDK collects an unreferenced logger. */
    private static final java.util.logging.Logger LIQUIBASE_JUL = java.util.logging.Logger.getLogger("liquibase");

    private final Connection connection;
    private final LiquibaseFailures failures;
    private final Map<String, Object> scope = new HashMap<>();
    private final boolean autoCommit;
    private final Database database;
    private final Liquibase liquibase;
    private final ListenerLogService log;
    private final ResourceAccessor resources;
    private ChangesetEvents events = new ChangesetEvents(changeSet -> { }, changeSet -> { });

    /**
     * Opens Liquibase on {@code connection}, the changelog read from {@code location}'s resources.
     *
     * @param target   the database as messages name it; one starting with {@link LiquibaseSession#SHADOW} is a
     *                 shadow database, whose output changes speak to no one
     * @param password the password to mask in messages, or null
     * @param advice   what to tell the user when a changeset fails
     * @throws DbflowException when the connection or the changelog's resources cannot be read, or Liquibase does not
     *                         support the database
     */
    ScopedLiquibase(ChangelogLocation location, Connection connection, String target, String password,
                    String advice, DbflowListener listener) {
        this.connection = connection;
        this.failures = new LiquibaseFailures(location, target, password, advice);
        ResourceAccessor accessor;
        try {
            this.autoCommit = connection.getAutoCommit();
            accessor = location.resources();
        } catch (SQLException | FileNotFoundException e) {
            throw failures.translate(e, null, false);
        }
        this.resources = accessor;
        scope.put(Scope.Attr.resourceAccessor.name(), resources);
        this.log = new ListenerLogService(listener, password, target.startsWith(LiquibaseSession.SHADOW));
        scope.put(Scope.Attr.logService.name(), log);
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
        scope.put(AnalyticsArgs.ENABLED.getKey(), false);
        this.database = inScope(() -> location.inDefaultSchema(DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection))));
        this.liquibase = new Liquibase(location.path(), resources, database);
        // Its update summary would go to System.out; the log reaches the listener's debug output.
        liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
    }

    /**
     * Runs {@code work} on this Liquibase, in its scope.
     *
     * @return what {@code work} returns
     * @throws DbflowException when Liquibase fails
     */
    <T> T call(LiquibaseCall<T> work) {
        return inScope(() -> work.run(liquibase));
    }

    /** Work on an opened {@link Liquibase}. */
    @FunctionalInterface
    interface LiquibaseCall<T> {
        T run(Liquibase liquibase) throws Exception;
    }

    /**
     * Passes the events of the next operation's changesets on: those run (executed, re-run or marked ran) to
     * {@code onRan}, those undone to {@code onRolledBack}. Replaces the listeners of the operation before.
     *
     * @return the listener now set, for work that drives Liquibase's per-changeset visitors itself
     */
    ChangesetEvents listen(Consumer<ChangeSet> onRan, Consumer<ChangeSet> onRolledBack) {
        events = new ChangesetEvents(onRan, onRolledBack);
        liquibase.setChangeExecListener(events);
        return events;
    }

    /** True when a changeset failed since the last {@link #listen}, or since opening when none came yet. */
    boolean failedInChangeset() {
        return events.failed() != null;
    }

    /**
     * Reports Liquibase's warnings, each once; restores the connection's auto-commit mode, which Liquibase changes;
     * and drops Liquibase's executor for this database, which {@code Database.close()} would drop but only by
     * closing the connection.
     *
     * @throws InfrastructureException when the connection is broken
     */
    @Override
    public void close() {
        log.flush();
        inScope(() -> {
            Scope.getCurrentScope().getSingleton(ExecutorService.class).clearExecutor("jdbc", database);
            // A jar's accessor holds the jar open.
            resources.close();
            return null;
        });
        try {
            if (connection.getAutoCommit() != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failures.translate(e, null, false);
        }
    }

    private <T> T inScope(Scope.ScopedRunnerWithReturn<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its services through this class loader; in a Maven plugin it is the project's,
        // which may hold a different Liquibase whose classes do not match dbflow's.
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        // Loggers Liquibase created before entering a scope write to java.util.logging directly.
        LIQUIBASE_JUL.setLevel(Level.WARNING);
        try {
            return Scope.child(scope, work);
        } catch (DbflowException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw failures.translate(e, events.failed(), events.failedRollingBack());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
