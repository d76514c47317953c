package dev.dbflow.internal.changelog;

import dev.dbflow.api.CheckResult;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.internal.compare.SchemaComparator;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.render.ReviewSummary;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks {@code verify} runs on the changelog itself, each on a scratch database of the shadow server.
 */
public final class ChangelogChecks {

    private final DbflowListener listener;

    public ChangelogChecks(DbflowListener listener) {
        this.listener = listener;
    }

    /**
     * Well formed: the changelog parses (every include exists), no two changesets share {@code file::id::author},
     * and every changeset from {@code start} on has a rollback block or only changes Liquibase can undo by itself.
     *
     * @param scratch an empty scratch database (Liquibase needs one to judge automatic rollbacks)
     */
    public CheckResult wellFormed(ChangelogLocation location, Connection scratch, ReversibleStart start) {
        String name = "well formed";
        List<String> problems = new ArrayList<>();
        List<ChangeSet> changeSets;
        boolean history = false;
        try (LiquibaseSession session = session(location, scratch)) {
            changeSets = session.changeSets();
            Set<String> seen = new HashSet<>();
            for (ChangeSet changeSet : changeSets) {
                String key = changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
                if (!seen.add(key)) {
                    problems.add(key + " appears twice: changeset identifiers must be unique");
                }
                List<String> manual = manualRollbacks(session, changeSet);
                if (!manual.isEmpty() && start.isBefore(changeSet)) {
                    history = true;
                } else if (!manual.isEmpty()) {
                    problems.add(key + " has no rollback block, and Liquibase cannot undo its "
                            + String.join(", ", manual) + " by itself: add a rollback" + (start.name() != null ? ""
                            : ", or, if it is history no one will roll back, set reversibleSince "
                            + "(-Ddbflow.reversibleSince) to the first changeset that must roll back"));
                }
            }
        } catch (DbflowException e) {
            return new CheckResult(name, CheckResult.Status.FAILED, "the changelog does not parse", List.of(e.getMessage()));
        }
        return problems.isEmpty()
                ? CheckResult.passed(name, Plural.of(changeSets.size(), "changeset") + ", unique ids, each "
                        + (history ? "from " + start.name() + " on " : "") + "with a rollback")
                : new CheckResult(name, CheckResult.Status.FAILED, Plural.of(problems.size(), "problem"), problems);
    }

    /**
     * Reversible, the stairway: from the schema the history before {@code start} builds, apply changesets one at a
     * time; after each, roll it back, compare the schema with the one before it object by object, and apply it
     * again; finally roll everything back and upgrade again. Stops at the first changeset whose rollback is
     * missing or wrong and reports the difference it leaves. Changesets before {@code start} that Liquibase cannot
     * roll back are one warning; by default the stairway starts after the last of them, with an explicit start at it.
     *
     * @param scratch an empty scratch database
     */
    public CheckResult reversible(ChangelogLocation location, Connection scratch, ReversibleStart start) {
        try (LiquibaseSession session = session(location, scratch)) {
            List<ChangeSet> pending = session.pendingChangeSets();
            // The changesets before the start come first: they are a prefix of the pending ones.
            int history = (int) pending.stream().filter(start::isBefore).count();
            int irreversible = 0;
            int skipped = 0;
            for (int i = 0; i < history; i++) {
                if (!manualRollbacks(session, pending.get(i)).isEmpty()) {
                    irreversible++;
                    skipped = i + 1;
                }
            }
            skipped = start.explicit() ? history : skipped;
            if (skipped > 0) {
                session.update(skipped, applied -> { });
            }
            CheckResult walked = new Stairway(listener).walk(session, scratch, pending.subList(skipped, pending.size()));
            if (walked.status() == CheckResult.Status.FAILED || skipped == 0) {
                return walked;
            }
            if (irreversible == 0) {
                return new CheckResult(walked.name(), walked.status(), walked.summary() + ", from " + start.name()
                        + " on", List.of(), walked.cases());
            }
            return new CheckResult(walked.name(), CheckResult.Status.NOTICE, Plural.of(irreversible, "changeset")
                    + " from before " + start.name() + (irreversible == 1 ? " has no rollback; the stairway starts "
                    + "after it" : " have no rollback; the stairway starts after them"), List.of(walked.summary()),
                    walked.cases());
        } catch (DbflowException e) {
            return Stairway.failed(e.getMessage());
        } catch (SQLException e) {
            return Stairway.failed("reading the shadow database failed: " + e.getMessage());
        }
    }

    /**
     * Returns the changes of {@code changeSet} that Liquibase cannot undo by itself, by name, when it has no rollback
     * block; else none.
     */
    private static List<String> manualRollbacks(LiquibaseSession session, ChangeSet changeSet) {
        if (!changeSet.getRollback().getChanges().isEmpty()) {
            return List.of();
        }
        return changeSet.getChanges().stream().filter(change -> !session.rollsBackAutomatically(change))
                .map(Change::getSerializedObjectName).distinct().toList();
    }

    /**
     * Returns true when the comparison finds nothing to change: column order, which a rollback that re-adds a
     * dropped column cannot restore and the entities do not define, does not count.
     */
    static boolean same(Schema actual, Schema expected) {
        return new SchemaComparator().compare(actual, expected).isEmpty();
    }

    /** Describes what turns {@code actual} into {@code expected}, as review lines. */
    static String difference(Schema actual, Schema expected) {
        return String.join("; ", differences(actual, expected));
    }

    /** Returns what turns {@code actual} into {@code expected}, one review line per object, in changeset order. */
    static List<String> differences(Schema actual, Schema expected) {
        ReviewSummary review = new ReviewSummary();
        return new SchemaComparator().compare(actual, expected).stream().map(review::line).toList();
    }

    private LiquibaseSession session(ChangelogLocation location, Connection scratch) {
        String target;
        try {
            target = LiquibaseSession.SHADOW + " '" + scratch.getCatalog() + "'";
        } catch (SQLException e) {
            target = LiquibaseSession.SHADOW;
        }
        return new LiquibaseSession(location, scratch, target, null, LiquibaseSession.SHADOW_ADVICE, listener);
    }
}
