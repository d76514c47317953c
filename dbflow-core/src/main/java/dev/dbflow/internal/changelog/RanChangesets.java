package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangesetRef;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;

import java.util.Comparator;
import java.util.List;

/** The rows of {@code DATABASECHANGELOG} as Liquibase's history service reads them. */
final class RanChangesets {

    private RanChangesets() {
    }

    /**
     * Reads the rows afresh, inside a Liquibase scope.
     *
     * @return the applied changesets, oldest first by {@code ORDEREXECUTED}; empty when the table does not exist
     * @throws DatabaseException as Liquibase raises it
     */
    static List<RanChangeSet> inOrder(Database database) throws DatabaseException {
        ChangeLogHistoryService history = Scope.getCurrentScope()
                .getSingleton(ChangeLogHistoryServiceFactory.class).getChangeLogService(database);
        // Liquibase caches the rows per database; an update in this session makes that cache stale.
        history.reset();
        return history.getRanChangeSets().stream()
                .sorted(Comparator.comparing(RanChangeSet::getOrderExecuted,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Returns the row as dbflow names a changeset, with the time it was applied. */
    static ChangesetRef ref(RanChangeSet ran) {
        return new ChangesetRef(ran.getId(), ran.getAuthor(), ran.getStoredChangeLog(),
                ran.getDateExecuted() == null ? null : ran.getDateExecuted().toInstant());
    }
}
