package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.executor.ExecutorService;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.io.FileNotFoundException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;

/**
 * One changelog on one open connection, driven through Liquibase. Every call runs in a Liquibase scope that
 * sends Liquibase's log and console output to the listener, turns off its usage analytics, and uses
 * dbflow's own class loader; every Liquibase failure leaves as a {@link DbflowException}.
 * Closing gives the connection its auto-commit mode back but leaves it open.
 */
final class LiquibaseSession implements AutoCloseable {

    /** How a session on a shadow database names it: where output changes speak to no one. */
    static final String SHADOW = "shadow database";
    /** What to do when a changeset fails on a shadow database, which starts empty. */
    static final String SHADOW_ADVICE = "The changelog must build on an empty database; fix this changeset.";
    /** Held so that the level set on it is not lost when the JDK collects an unreferenced logger. */
    private static final java.util.logging.Logger LIQUIBASE_JUL = java.util.logging.Logger.getLogger("liquibase");

    private final ChangelogLocation location;
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
     * @param target   the database as messages name it, e.g. {@code database 'app' at localhost:5432}, or
     *                 {@code shadow database …} for a shadow database
     * @param password the password to mask in messages, or null
     * @param advice   what to tell the user when a changeset fails
     */
    LiquibaseSession(ChangelogLocation location, Connection connection, String target, String password,
                     String advice, DbflowListener listener) {
        this.location = location;
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
        this.log = new ListenerLogService(listener, password, target.startsWith(SHADOW));
        scope.put(Scope.Attr.logService.name(), log);
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
        scope.put(AnalyticsArgs.ENABLED.getKey(), false);
        this.database = call(() -> location.inDefaultSchema(DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection))));
        this.liquibase = new Liquibase(location.path(), resources, database);
        // Its update summary would go to System.out; the log reaches the listener's debug output.
        liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
    }

    /**
     * Applies the pending changesets, reporting each to {@code onApplied} as it is recorded.
     *
     * @return the changesets applied (run, re-run or marked ran), in order, with the time each was recorded
     */
    List<ChangesetRef> update(Consumer<ChangesetRef> onApplied) {
        List<ChangeSet> applied = new ArrayList<>();
        listen(changeSet -> {
            applied.add(changeSet);
            onApplied.accept(ref(changeSet));
        }, changeSet -> { });
        call(() -> {
            liquibase.update(location.liquibaseContexts(), location.liquibaseLabels());
            return null;
        });
        Map<String, ChangesetRef> recorded = new HashMap<>();
        applied().forEach(ref -> recorded.put(key(ref.file(), ref.id(), ref.author()), ref));
        return applied.stream().map(changeSet -> recorded.getOrDefault(
                key(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor()), ref(changeSet))).toList();
    }

    /**
     * Rolls back the {@code count} most recently applied changesets with their rollback blocks, reporting
     * each to {@code onRolledBack} as it is undone.
     *
     * @return the changesets undone, newest first, without an applied time
     */
    List<ChangesetRef> rollback(int count, Consumer<ChangesetRef> onRolledBack) {
        List<ChangesetRef> undone = new ArrayList<>();
        listen(changeSet -> { }, changeSet -> {
            undone.add(ref(changeSet));
            onRolledBack.accept(ref(changeSet));
        });
        call(() -> {
            liquibase.rollback(count, null, location.liquibaseContexts(), location.liquibaseLabels());
            return null;
        });
        return undone;
    }

    /**
     * Reads {@code DATABASECHANGELOG} without creating it.
     *
     * @return the applied changesets, oldest first by {@code ORDEREXECUTED}, each with its {@code DATEEXECUTED};
     *         empty when the table does not exist
     */
    List<ChangesetRef> applied() {
        return call(() -> RanChangesets.inOrder(database).stream().map(RanChangesets::ref).toList());
    }

    /**
     * Reads the tags in {@code DATABASECHANGELOG}.
     *
     * @return each tag and the applied changeset it marks, oldest first by {@code ORDEREXECUTED}
     */
    Map<String, ChangesetRef> tags() {
        return call(() -> {
            Map<String, ChangesetRef> tags = new LinkedHashMap<>();
            RanChangesets.inOrder(database).stream().filter(ran -> ran.getTag() != null)
                    .forEach(ran -> tags.put(ran.getTag(), RanChangesets.ref(ran)));
            return tags;
        });
    }

    /**
     * Rolls back every changeset applied after {@code instant}.
     *
     * @throws DbflowException when a rollback fails
     */
    void rollbackToDate(Instant instant) {
        listen(changeSet -> { }, changeSet -> { });
        call(() -> {
            liquibase.rollback(Date.from(instant), location.liquibaseContexts(), location.liquibaseLabels());
            return null;
        });
    }

    /**
     * Rolls back every changeset applied after {@code tag}.
     *
     * @throws DbflowException when the tag does not exist or a rollback fails
     */
    void rollbackToTag(String tag) {
        listen(changeSet -> { }, changeSet -> { });
        call(() -> {
            liquibase.rollback(tag, location.liquibaseContexts(), location.liquibaseLabels());
            return null;
        });
    }

    /** True when a changeset failed in this session: Liquibase runs them only while it holds the change lock. */
    boolean failedInChangeset() {
        return events.failed() != null;
    }

    /**
     * Tags the most recently applied changeset, so a later rollback can return to this point.
     *
     * @throws DbflowException when nothing is applied or the tag cannot be written
     */
    void tag(String tag) {
        call(() -> {
            liquibase.tag(tag);
            return null;
        });
    }

    /**
     * Records every changeset as applied without running it ({@code changelog-sync}).
     *
     * @throws DbflowException when the history cannot be written
     */
    void sync() {
        call(() -> {
            liquibase.changeLogSync(location.liquibaseContexts(), location.liquibaseLabels());
            return null;
        });
    }

    /**
     * Applies the pending changesets up to and including the one whose {@code tagDatabase} change sets {@code tag},
     * reporting each to {@code onApplied} as it is recorded.
     *
     * @throws DbflowException when one fails
     */
    void updateToTag(String tag, Consumer<ChangesetRef> onApplied) {
        listen(changeSet -> onApplied.accept(ref(changeSet)), changeSet -> { });
        call(() -> {
            liquibase.update(tag, location.liquibaseContexts(), location.liquibaseLabels());
            return null;
        });
    }

    /**
     * Applies the next {@code count} pending changesets only, reporting each to {@code onApplied} as it is recorded.
     *
     * @throws DbflowException when one fails
     */
    void update(int count, Consumer<ChangesetRef> onApplied) {
        listen(changeSet -> onApplied.accept(ref(changeSet)), changeSet -> { });
        call(() -> {
            liquibase.update(count, location.liquibaseContexts(), location.liquibaseLabels());
            return null;
        });
    }

    /**
     * Parses the changelog and its includes.
     *
     * @return every changeset in changelog order
     * @throws DbflowException naming file and line when a file is malformed or missing
     */
    List<ChangeSet> changeSets() {
        return call(() -> liquibase.getDatabaseChangeLog().getChangeSets());
    }

    /** Returns true when Liquibase can undo {@code change} without a rollback block on this database. */
    boolean rollsBackAutomatically(liquibase.change.Change change) {
        return call(() -> change.supportsRollback(database));
    }

    /**
     * Checks the changelog against the database's {@code DATABASECHANGELOG}: checksums of applied changesets,
     * duplicate identifiers, preconditions.
     *
     * @throws DbflowException whose message lists what does not validate
     */
    void validate() {
        call(() -> {
            liquibase.validate();
            return null;
        });
    }

    /**
     * Lists the changesets {@code update} would apply, without creating Liquibase's tables.
     *
     * @return the pending changesets in changelog order, without an applied time
     */
    List<ChangesetRef> pending() {
        return pendingChangeSets().stream().map(LiquibaseSession::ref).toList();
    }

    /**
     * Lists the changesets {@code update} would apply, as Liquibase parsed them, without creating Liquibase's tables.
     *
     * @return the pending changesets in changelog order
     */
    List<ChangeSet> pendingChangeSets() {
        return call(() -> liquibase.listUnrunChangeSets(location.liquibaseContexts(), location.liquibaseLabels(),
                false));
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
        call(() -> {
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

    /**
     * Runs {@code work} on this session's Liquibase, in this session's scope.
     *
     * @throws DbflowException when Liquibase fails
     */
    <T> T withLiquibase(LiquibaseCall<T> work) {
        return call(() -> work.run(liquibase));
    }

    /** Work on a session's {@link Liquibase}. */
    @FunctionalInterface
    interface LiquibaseCall<T> {
        T run(Liquibase liquibase) throws Exception;
    }

    private void listen(Consumer<ChangeSet> onRan, Consumer<ChangeSet> onRolledBack) {
        events = new ChangesetEvents(onRan, onRolledBack);
        liquibase.setChangeExecListener(events);
    }

    private <T> T call(Scope.ScopedRunnerWithReturn<T> work) {
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

    /** Returns how results name {@code changeSet}, without an applied time. */
    static ChangesetRef ref(ChangeSet changeSet) {
        return new ChangesetRef(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath(), null);
    }

    private static String key(String file, String id, String author) {
        return DatabaseChangeLog.normalizePath(file) + "::" + id + "::" + author;
    }
}
