package dev.dbflow.internal.changelog;

import dev.dbflow.api.CheckResult;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.internal.compare.SchemaComparator;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.render.ReviewSummary;
import dev.dbflow.internal.snapshot.CanonicalSnapshot;
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
     * and every changeset has a rollback block or only changes Liquibase can undo by itself.
     *
     * @param scratch an empty scratch database (Liquibase needs one to judge automatic rollbacks)
     */
    public CheckResult wellFormed(ChangelogLocation location, Connection scratch) {
        String name = "well formed";
        List<String> problems = new ArrayList<>();
        List<ChangeSet> changeSets;
        try (LiquibaseSession session = session(location, scratch)) {
            changeSets = session.changeSets();
            Set<String> seen = new HashSet<>();
            for (ChangeSet changeSet : changeSets) {
                String key = changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
                if (!seen.add(key)) {
                    problems.add(key + " appears twice: changeset identifiers must be unique");
                }
                if (changeSet.getRollback().getChanges().isEmpty()) {
                    List<String> manual = changeSet.getChanges().stream()
                            .filter(change -> !session.rollsBackAutomatically(change))
                            .map(Change::getSerializedObjectName).distinct().toList();
                    if (!manual.isEmpty()) {
                        problems.add(key + " has no rollback block, and Liquibase cannot undo its "
                                + String.join(", ", manual) + " by itself: add a rollback");
                    }
                }
            }
        } catch (DbflowException e) {
            return new CheckResult(name, CheckResult.Status.FAILED, "the changelog does not parse", List.of(e.getMessage()));
        }
        return problems.isEmpty()
                ? CheckResult.passed(name, Plural.of(changeSets.size(), "changeset") + ", unique ids, each with a rollback")
                : new CheckResult(name, CheckResult.Status.FAILED, Plural.of(problems.size(), "problem"), problems);
    }

    /**
     * Reversible, the stairway: apply changesets one at a time; after each, roll it back, compare the schema with
     * the one before it object by object, and apply it again; finally roll everything back and upgrade again.
     * Stops at the first changeset whose rollback is missing or wrong and reports the difference it leaves.
     *
     * @param scratch an empty scratch database
     */
    public CheckResult reversible(ChangelogLocation location, Connection scratch) {
        String name = "reversible";
        CanonicalSnapshot reader = new CanonicalSnapshot();
        try (LiquibaseSession session = session(location, scratch)) {
            List<ChangesetRef> pending = session.pending();
            List<CheckResult.Case> cases = new ArrayList<>();
            Schema empty = reader.read(scratch);
            Schema before = empty;
            Progress progress = new Progress("Stairway: %d/%d changesets applied and rolled back", pending.size(),
                    listener);
            for (ChangesetRef changeset : pending) {
                session.update(1, applied -> { });
                Schema after = reader.read(scratch);
                String problem;
                try {
                    session.rollback(1, undone -> { });
                    Schema back = reader.read(scratch);
                    problem = same(back, before) ? null : changeset.display() + ": its rollback leaves the schema "
                            + "different from before it; to get back it would still need: " + difference(back, before);
                } catch (DbflowException e) {
                    problem = changeset.display() + " does not roll back: " + e.getMessage();
                }
                cases.add(new CheckResult.Case(changeset.display(), problem));
                if (problem != null) {
                    return new CheckResult(name, CheckResult.Status.FAILED, "a changeset does not roll back exactly",
                            List.of(problem), cases);
                }
                session.update(1, applied -> { });
                before = after;
                progress.done();
            }
            if (!pending.isEmpty()) {
                session.rollback(pending.size(), undone -> { });
                Schema all = reader.read(scratch);
                if (!same(all, empty)) {
                    return failed(name, "rolling back all " + pending.size() + " changesets leaves: "
                            + difference(all, empty));
                }
                session.update(changeset -> { });
            }
            return new CheckResult(name, CheckResult.Status.PASSED, Plural.of(pending.size(), "changeset")
                    + (pending.size() == 1 ? " rolls" : " roll") + " back exactly, one by one and all together",
                    List.of(), cases);
        } catch (DbflowException e) {
            return failed(name, e.getMessage());
        } catch (SQLException e) {
            return failed(name, "reading the shadow database failed: " + e.getMessage());
        }
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

    private static CheckResult failed(String name, String detail) {
        return new CheckResult(name, CheckResult.Status.FAILED, "a changeset does not roll back exactly", List.of(detail));
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
