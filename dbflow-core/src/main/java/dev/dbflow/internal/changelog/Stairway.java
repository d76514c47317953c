package dev.dbflow.internal.changelog;

import dev.dbflow.api.CheckResult;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.snapshot.CanonicalSnapshot;
import liquibase.changelog.ChangeSet;

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
    CheckResult walk(LiquibaseSession session, Connection scratch, List<ChangeSet> steps) throws SQLException {
        CanonicalSnapshot reader = new CanonicalSnapshot();
        List<CheckResult.Case> cases = new ArrayList<>();
        Schema start = reader.read(scratch);
        Schema before = start;
        Progress progress = new Progress("Stairway: %d/%d changesets applied and rolled back", steps.size(), listener);
        if (steps.isEmpty()) {
            return passed(cases);
        }
        try (ChangesetSteps stepper = session.steps()) {
            for (ChangeSet changeSet : steps) {
                String display = LiquibaseSession.ref(changeSet).display();
                stepper.apply(changeSet);
                Schema after = reader.read(scratch);
                String problem;
                try {
                    stepper.rollBack(changeSet);
                    Schema back = reader.read(scratch);
                    problem = ChangelogChecks.same(back, before) ? null : display + ": its rollback leaves the "
                            + "schema different from before it; to get back it would still need: "
                            + ChangelogChecks.difference(back, before);
                } catch (DbflowException e) {
                    problem = display + " does not roll back: " + e.getMessage();
                }
                cases.add(new CheckResult.Case(display, problem));
                if (problem != null) {
                    return new CheckResult(NAME, CheckResult.Status.FAILED, NOT_EXACT, List.of(problem), cases);
                }
                stepper.apply(changeSet);
                before = after;
                progress.done();
            }
            for (int i = steps.size() - 1; i >= 0; i--) {
                stepper.rollBack(steps.get(i));
            }
            Schema all = reader.read(scratch);
            if (!ChangelogChecks.same(all, start)) {
                return failed("rolling back all " + steps.size() + " changesets leaves: "
                        + ChangelogChecks.difference(all, start));
            }
            steps.forEach(stepper::apply);
        }
        return passed(cases);
    }

    private static CheckResult passed(List<CheckResult.Case> cases) {
        return new CheckResult(NAME, CheckResult.Status.PASSED, Plural.of(cases.size(), "changeset")
                + (cases.size() == 1 ? " rolls" : " roll") + " back exactly, one by one and all together",
                List.of(), cases);
    }

    /** A failed stairway without per-changeset outcomes. */
    static CheckResult failed(String detail) {
        return new CheckResult(NAME, CheckResult.Status.FAILED, NOT_EXACT, List.of(detail));
    }
}
