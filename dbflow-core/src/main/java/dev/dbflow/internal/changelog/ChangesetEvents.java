package dev.dbflow.internal.changelog;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;

import java.util.function.Consumer;

/**
 * Passes Liquibase's per-changeset events of one operation on, and remembers the changeset that failed, which
 * Liquibase's exceptions do not name reliably.
 */
final class ChangesetEvents extends AbstractChangeExecListener {

    private final Consumer<ChangeSet> onRan;
    private final Consumer<ChangeSet> onRolledBack;
    private ChangeSet failed;
    private boolean failedRollingBack;

    ChangesetEvents(Consumer<ChangeSet> onRan, Consumer<ChangeSet> onRolledBack) {
        this.onRan = onRan;
        this.onRolledBack = onRolledBack;
    }

    /** Returns the changeset that failed, or null. */
    ChangeSet failed() {
        return failed;
    }

    /** Returns true when {@link #failed()} failed while being rolled back. */
    boolean failedRollingBack() {
        return failedRollingBack;
    }

    @Override
    public void ran(ChangeSet changeSet, DatabaseChangeLog changeLog, Database db, ChangeSet.ExecType execType) {
        if (execType == ChangeSet.ExecType.EXECUTED || execType == ChangeSet.ExecType.RERAN
                || execType == ChangeSet.ExecType.MARK_RAN) {
            onRan.accept(changeSet);
        }
    }

    @Override
    public void rolledBack(ChangeSet changeSet, DatabaseChangeLog changeLog, Database db) {
        onRolledBack.accept(changeSet);
    }

    @Override
    public void runFailed(ChangeSet changeSet, DatabaseChangeLog changeLog, Database db, Exception exception) {
        failed = changeSet;
        failedRollingBack = false;
    }

    @Override
    public void rollbackFailed(ChangeSet changeSet, DatabaseChangeLog changeLog, Database db, Exception exception) {
        failed = changeSet;
        failedRollingBack = true;
    }
}
