package dev.dbflow.internal.changelog;

import dev.dbflow.api.DbflowException;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.ChangeSetVisitor;
import liquibase.changelog.visitor.RollbackVisitor;
import liquibase.changelog.visitor.UpdateVisitor;
import liquibase.database.Database;
import liquibase.lockservice.LockServiceFactory;

import java.util.Set;

/**
 * Applies and rolls back single changesets of a session's changelog through Liquibase's own per-changeset visitors,
 * which {@code update} and {@code rollback} run for each changeset: its events, its transaction (or none, for
 * {@code runInTransaction: false}), its {@code DATABASECHANGELOG} row. The changelog is parsed and validated once
 * and the change lock held until {@link #close()}, where an {@code update} or {@code rollback} call would parse,
 * validate and read the whole history again for every step.
 */
final class ChangesetSteps implements AutoCloseable {

    private final ScopedLiquibase scoped;
    private final DatabaseChangeLog changeLog;

    /**
     * Takes the change lock, creates Liquibase's tables if missing and validates the changelog.
     *
     * @throws DbflowException when the lock cannot be taken or the changelog does not validate
     */
    ChangesetSteps(ScopedLiquibase scoped, ChangelogLocation location) {
        this.scoped = scoped;
        scoped.listen(changeSet -> { }, changeSet -> { });
        this.changeLog = scoped.call(liquibase -> {
            DatabaseChangeLog parsed = liquibase.getDatabaseChangeLog();
            Database database = liquibase.getDatabase();
            LockServiceFactory.getInstance().getLockService(database).waitForLock();
            try {
                liquibase.checkLiquibaseTables(true, parsed, location.liquibaseContexts(), location.liquibaseLabels());
                parsed.validate(database, location.liquibaseContexts(), location.liquibaseLabels());
                Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class)
                        .getChangeLogService(database).generateDeploymentId();
            } catch (Exception e) {
                LockServiceFactory.getInstance().getLockService(database).releaseLock();
                throw e;
            }
            return parsed;
        });
    }

    /**
     * Runs {@code changeSet}, one of the pending, and records it in {@code DATABASECHANGELOG}.
     *
     * @throws DbflowException naming the changeset when it fails
     */
    void apply(ChangeSet changeSet) {
        visit(changeSet, (database, events) -> new UpdateVisitor(database, events));
    }

    /**
     * Runs the rollback of {@code changeSet}, the most recently applied, and removes its {@code DATABASECHANGELOG}
     * row.
     *
     * @throws DbflowException naming the changeset when its rollback fails or is impossible
     */
    void rollBack(ChangeSet changeSet) {
        visit(changeSet, (database, events) -> new RollbackVisitor(database, events));
    }

    /** Releases the change lock. */
    @Override
    public void close() {
        scoped.call(liquibase -> {
            LockServiceFactory.getInstance().getLockService(liquibase.getDatabase()).releaseLock();
            return null;
        });
    }

    private void visit(ChangeSet changeSet, Visitors visitors) {
        ChangesetEvents events = scoped.listen(ran -> { }, undone -> { });
        scoped.call(liquibase -> {
            Database database = liquibase.getDatabase();
            visitors.of(database, events).visit(changeSet, changeLog, database, Set.of());
            return null;
        });
    }

    /** Liquibase's visitor for one direction. */
    @FunctionalInterface
    private interface Visitors {
        ChangeSetVisitor of(Database database, ChangesetEvents events);
    }
}
