package dev.dbflow.internal.changelog;

import dev.dbflow.api.DbflowException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.RuntimeEnvironment;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ChangeSetFilterResult;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.changelog.filter.NotRanChangeSetFilter;
import liquibase.changelog.visitor.ChangeLogSyncVisitor;
import liquibase.database.Database;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Liquibase's {@code changelog-sync} limited to chosen changesets: its own sync visitor, under its change lock,
 * over the changelog with its usual filters (not run yet, contexts, labels, ignore, dbms) and one more that lets only
 * the chosen changesets through. Liquibase itself can stop a sync only at a tag.
 */
final class ChosenSync {

    private ChosenSync() {
    }

    /**
     * Records those of {@code changeSets} not recorded yet as applied on the session's database, running none.
     *
     * @throws DbflowException when the lock cannot be taken or the history cannot be written
     */
    static void record(LiquibaseSession session, ChangelogLocation location, List<ChangeSet> changeSets) {
        Set<ChangeSet> chosen = new HashSet<>(changeSets);
        ChangeSetFilter only = changeSet -> new ChangeSetFilterResult(chosen.contains(changeSet),
                "chosen to be recorded as applied", ChangeSetFilter.class);
        session.withLiquibase(liquibase -> {
            Database database = liquibase.getDatabase();
            LockService lock = LockServiceFactory.getInstance().getLockService(database);
            lock.waitForLock();
            try {
                ChangeLogHistoryService history = Scope.getCurrentScope()
                        .getSingleton(ChangeLogHistoryServiceFactory.class).getChangeLogService(database);
                history.init();
                history.generateDeploymentId();
                Contexts contexts = location.liquibaseContexts();
                LabelExpression labels = location.liquibaseLabels();
                new ChangeLogIterator(liquibase.getDatabaseChangeLog(), only,
                        new NotRanChangeSetFilter(database.getRanChangeSetList()), new ContextChangeSetFilter(contexts),
                        new LabelChangeSetFilter(labels), new IgnoreChangeSetFilter(), new DbmsChangeSetFilter(database))
                        .run(new ChangeLogSyncVisitor(database), new RuntimeEnvironment(database, contexts, labels));
            } finally {
                lock.releaseLock();
            }
            return null;
        });
    }
}
