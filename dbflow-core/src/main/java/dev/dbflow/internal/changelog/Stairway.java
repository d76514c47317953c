package dev.dbflow.internal.changelog;

import dev.dbflow.api.CheckResult;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.snapshot.CanonicalSnapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Verify's stairway over the changesets pending on a scratch database: apply one, roll it back, compare the schema
 * with the one before it object by object, apply it again; finally roll them all back and upgrade again.
 */
final class Stairway {

    static final String NAME = "reversible";
    private static final String NOT_EXACT = "a changeset does not roll back exactly";

    private final DbflowListener listener;

    Stairway(DbflowListener listener) {
        this.listener = listener;
    }

    /**
     * Walks {@code steps}, the next changesets pending in {@code session}, from the schema {@code scratch} has now.
     *
     * @return passed with a case per changeset, or failed at the first changeset whose rollback is missing or
     *         wrong, naming it and the difference it leaves
     * @throws DbflowException when applying a changeset fails
     * @throws SQLException                   when reading the scratch database fails
     */
    CheckResult walk(LiquibaseSession session, Connection scratch, List<ChangesetRef> steps) throws SQLException {
        CanonicalSnapshot reader = new CanonicalSnapshot();
        List<CheckResult.Case> cases = new ArrayList<>();
        Schema start = reader.read(scratch);
        Schema before = start;
        Progress progress = new Progress("Stairway: %d/%d changesets applied and rolled back", steps.size(), listener);
        for (ChangesetRef changeset : steps) {
            session.update(1, applied -> { });
            Schema after = reader.read(scratch);
            String problem;
            try {
                session.rollback(1, undone -> { });
                Schema back = reader.read(scratch);
                problem = ChangelogChecks.same(back, before) ? null : changeset.display() + ": its rollback leaves the "
                        + "schema different from before it; to get back it would still need: "
                        + ChangelogChecks.difference(back, before);
            } catch (DbflowException e) {
                problem = changeset.display() + " does not roll back: " + e.getMessage();
            }
            cases.add(new CheckResult.Case(changeset.display(), problem));
            if (problem != null) {
                return new CheckResult(NAME, CheckResult.Status.FAILED, NOT_EXACT, List.of(problem), cases);
            }
            session.update(1, applied -> { });
            before = after;
            progress.done();
        }
        if (!steps.isEmpty()) {
            session.rollback(steps.size(), undone -> { });
            Schema all = reader.read(scratch);
            if (!ChangelogChecks.same(all, start)) {
                return failed("rolling back all " + steps.size() + " changesets leaves: "
                        + ChangelogChecks.difference(all, start));
            }
            session.update(changeset -> { });
        }
        return new CheckResult(NAME, CheckResult.Status.PASSED, Plural.of(steps.size(), "changeset")
                + (steps.size() == 1 ? " rolls" : " roll") + " back exactly, one by one and all together",
                List.of(), cases);
    }

    /** A failed stairway without per-changeset outcomes. */
    static CheckResult failed(String detail) {
        return new CheckResult(NAME, CheckResult.Status.FAILED, NOT_EXACT, List.of(detail));
    }
}
