package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One changelog on one open connection, driven through Liquibase: the changeset operations (update, rollback,
 * tag, sync, validate) and the reads of the changelog and its history. Liquibase itself, opened on the
 * connection and run in dbflow's scope, is a {@link ScopedLiquibase}: every call sends Liquibase's log and console
 * output to the listener, turns off its usage analytics, and uses dbflow's own class loader; every Liquibase failure
 * leaves as a {@link DbflowException}. Closing gives the connection its auto-commit mode back but leaves it open.
 */
final class LiquibaseSession implements AutoCloseable {

    /** How a session on a shadow database names it: where output changes speak to no one. */
    static final String SHADOW = "shadow database";
    /** What to do when a changeset fails on a shadow database, which starts empty. */
    static final String SHADOW_ADVICE = "The changelog must build on an empty database; fix this changeset.";

    private final ChangelogLocation location;
    private final ScopedLiquibase scoped;

    /**
     * Opens Liquibase on {@code connection} for the changelog at {@code location}.
     *
     * @param target   the database as messages name it, e.g. {@code database 'app' at localhost:5432}, or
     *                 {@code shadow database …} for a shadow database
     * @param password the password to mask in messages, or null
     * @param advice   what to tell the user when a changeset fails
     * @throws DbflowException when the connection or the changelog's resources cannot be read
     */
    LiquibaseSession(ChangelogLocation location, Connection connection, String target, String password,
                     String advice, DbflowListener listener) {
        this.location = location;
        this.scoped = new ScopedLiquibase(location, connection, target, password, advice, listener);
    }

    /**
     * Applies the pending changesets, reporting each to {@code onApplied} as it is recorded.
     *
     * @return the changesets applied (run, re-run or marked ran), in order, with the time each was recorded
     */
    List<ChangesetRef> update(Consumer<ChangesetRef> onApplied) {
        List<ChangeSet> applied = new ArrayList<>();
        scoped.listen(changeSet -> {
            applied.add(changeSet);
            onApplied.accept(ref(changeSet));
        }, changeSet -> { });
        scoped.call(liquibase -> {
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
        scoped.listen(changeSet -> { }, changeSet -> {
            undone.add(ref(changeSet));
            onRolledBack.accept(ref(changeSet));
        });
        scoped.call(liquibase -> {
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
        return scoped.call(liquibase -> RanChangesets.inOrder(liquibase.getDatabase()).stream()
                .map(RanChangesets::ref).toList());
    }

    /**
     * Reads the tags in {@code DATABASECHANGELOG}.
     *
     * @return each tag and the applied changeset it marks, oldest first by {@code ORDEREXECUTED}
     */
    Map<String, ChangesetRef> tags() {
        return scoped.call(liquibase -> {
            Map<String, ChangesetRef> tags = new LinkedHashMap<>();
            RanChangesets.inOrder(liquibase.getDatabase()).stream().filter(ran -> ran.getTag() != null)
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
        scoped.listen(changeSet -> { }, changeSet -> { });
        scoped.call(liquibase -> {
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
        scoped.listen(changeSet -> { }, changeSet -> { });
        scoped.call(liquibase -> {
            liquibase.rollback(tag, location.liquibaseContexts(), location.liquibaseLabels());
            return null;
        });
    }

    /** True when a changeset failed in this session: Liquibase runs them only while it holds the change lock. */
    boolean failedInChangeset() {
        return scoped.failedInChangeset();
    }

    /**
     * Tags the most recently applied changeset, so a later rollback can return to this point.
     *
     * @throws DbflowException when nothing is applied or the tag cannot be written
     */
    void tag(String tag) {
        scoped.call(liquibase -> {
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
        scoped.call(liquibase -> {
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
        scoped.listen(changeSet -> onApplied.accept(ref(changeSet)), changeSet -> { });
        scoped.call(liquibase -> {
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
        scoped.listen(changeSet -> onApplied.accept(ref(changeSet)), changeSet -> { });
        scoped.call(liquibase -> {
            liquibase.update(count, location.liquibaseContexts(), location.liquibaseLabels());
            return null;
        });
    }

    /**
     * Takes the change lock and validates the changelog once, for applying and rolling back single changesets.
     *
     * @return the steps, to close (which releases the lock) when done
     * @throws DbflowException when the lock cannot be taken or the changelog does not validate
     */
    ChangesetSteps steps() {
        return new ChangesetSteps(scoped, location);
    }

    /**
     * Parses the changelog and its includes.
     *
     * @return every changeset in changelog order
     * @throws DbflowException naming file and line when a file is malformed or missing
     */
    List<ChangeSet> changeSets() {
        return scoped.call(liquibase -> liquibase.getDatabaseChangeLog().getChangeSets());
    }

    /** Returns true when Liquibase can undo {@code change} without a rollback block on this database. */
    boolean rollsBackAutomatically(liquibase.change.Change change) {
        return scoped.call(liquibase -> change.supportsRollback(liquibase.getDatabase()));
    }

    /**
     * Checks the changelog against the database's {@code DATABASECHANGELOG}: checksums of applied changesets,
     * duplicate identifiers, preconditions.
     *
     * @throws DbflowException whose message lists what does not validate
     */
    void validate() {
        scoped.call(liquibase -> {
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
        return scoped.call(liquibase -> liquibase.listUnrunChangeSets(location.liquibaseContexts(),
                location.liquibaseLabels(), false));
    }

    /**
     * Reports Liquibase's warnings, each once; restores the connection's auto-commit mode, which Liquibase changes;
     * and drops Liquibase's executor for this database (see {@link ScopedLiquibase#close()}).
     *
     * @throws InfrastructureException when the connection is broken
     */
    @Override
    public void close() {
        scoped.close();
    }

    /**
     * Runs {@code work} on this session's Liquibase, in this session's scope.
     *
     * @throws DbflowException when Liquibase fails
     */
    <T> T withLiquibase(ScopedLiquibase.LiquibaseCall<T> work) {
        return scoped.call(work);
    }

    /** Returns how results name {@code changeSet}, without an applied time. */
    static ChangesetRef ref(ChangeSet changeSet) {
        return new ChangesetRef(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath(), null);
    }

    private static String key(String file, String id, String author) {
        return DatabaseChangeLog.normalizePath(file) + "::" + id + "::" + author;
    }
}
