package dev.dbflow.internal.changelog;

import dev.dbflow.api.CheckResult;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.classify.Finding;
import dev.dbflow.internal.classify.SafetyClassifier;
import dev.dbflow.internal.compare.RenameApplier;
import dev.dbflow.internal.compare.SchemaComparator;
import dev.dbflow.internal.load.DeclaredRenames;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.snapshot.CanonicalSnapshot;
import dev.dbflow.internal.snapshot.PgCatalogReader;
import liquibase.changelog.ChangeSet;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks that need the target database: its applied changesets are unchanged (checksums), its live schema
 * is what they build (no drift), and the changesets it has not applied yet are reviewed for safety; and, for
 * {@code generate}, whether it is behind the changelog or has another branch's changesets. The target is only read.
 */
public final class TargetChecks {

    private final DbflowListener listener;

    public TargetChecks(DbflowListener listener) {
        this.listener = listener;
    }

    /**
     * Runs the three checks.
     *
     * @param scratch an empty scratch database on the shadow server
     * @return unchanged history, no drift, safety — in that order
     */
    public List<CheckResult> check(ChangelogLocation location, TargetDatabase target, Connection scratch) {
        return check(location, target, scratch, List.of());
    }

    /**
     * Runs the three checks on a project that builds on base changelogs.
     *
     * @param scratch a scratch database on the shadow server holding only the base changelogs' schema
     * @param base    the base changelogs' changesets, as applying them to {@code scratch} recorded them: the target
     *                has them too, and they are neither this changelog's nor another branch's
     * @return unchanged history, no drift, safety — in that order
     */
    public List<CheckResult> check(ChangelogLocation location, TargetDatabase target, Connection scratch,
                                   List<ChangesetRef> base) {
        String where = TargetConnector.describe(target);
        try (Connection live = TargetConnector.open(target)) {
            live.setReadOnly(true);
            UnexpectedChangesets found;
            CheckResult history;
            try (LiquibaseSession session = new LiquibaseSession(location, live, where, target.password(),
                    "Never edit an applied changeset; add a new one.", listener)) {
                found = UnexpectedChangesets.of(session, base);
                history = unchanged(session, found.ours().size());
            }
            try (LiquibaseSession shadow = new LiquibaseSession(location, scratch, LiquibaseSession.SHADOW, null,
                    LiquibaseSession.SHADOW_ADVICE, listener)) {
                if (!found.ours().isEmpty()) {
                    shadow.update(found.ours().size(), changeset -> { });
                }
                PgCatalogReader reader = new PgCatalogReader();
                Schema built = reader.read(scratch);
                Schema actual = reader.read(live);
                CheckResult drift = history.status() == CheckResult.Status.FAILED
                        ? CheckResult.skipped("no drift", "the applied changesets no longer match their files")
                        : drift(where, found, built, actual);
                return List.of(history, drift, safety(shadow, scratch, where));
            }
        } catch (DbflowException e) {
            // A configured but unreachable target (a developer's local database that is not running) is reported,
            // and fails the build only with failOnWarning.
            CheckResult unreachable = new CheckResult("unchanged history", CheckResult.Status.WARNING,
                    "the target database cannot be read", List.of(e.getMessage()));
            return List.of(unreachable, CheckResult.skipped("no drift", "the target database cannot be read"),
                    CheckResult.skipped("safety", "the target database cannot be read"));
        } catch (SQLException e) {
            throw new dev.dbflow.api.InfrastructureException("Reading the " + where + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Warns when the target has changesets pending or applied changesets the changelog does not contain: the
     * changeset {@code generate} writes follows the changelog, not that database. A target that cannot be read is
     * said at INFO and the job goes on, since the target is advice for {@code generate}.
     */
    public void beforeGenerate(ChangelogLocation location, TargetDatabase target) {
        beforeGenerate(location, target, BaseChangelogs.NONE);
    }

    /** Warns like {@link #beforeGenerate(ChangelogLocation, TargetDatabase)}, leaving {@code base}'s changesets out. */
    public void beforeGenerate(ChangelogLocation location, TargetDatabase target, BaseChangelogs base) {
        String where = TargetConnector.describe(target);
        try (Connection live = TargetConnector.open(target)) {
            live.setReadOnly(true);
            try (LiquibaseSession session = new LiquibaseSession(location, live, where, target.password(),
                    "Never edit an applied changeset; add a new one.", listener)) {
                UnexpectedChangesets.of(session, base.changesets()).warn(listener, where);
                List<ChangesetRef> pending = session.pending();
                if (!pending.isEmpty()) {
                    listener.warn("The " + where + " has " + Plural.of(pending.size(), "pending changeset") + " ("
                            + ids(pending) + "): run mvn dbflow:upgrade first; the new changeset is generated against "
                            + "the changelog, not that database.");
                }
            }
        } catch (DbflowException | SQLException e) {
            listener.info("The " + where + " was not checked for pending changesets: "
                    + LiquibaseFailures.oneParagraph(e.getMessage()));
        }
    }

    private static String ids(List<ChangesetRef> refs) {
        int shown = 5;
        String listed = String.join(", ", refs.stream().limit(shown).map(ChangesetRef::id).toList());
        return refs.size() <= shown ? listed : listed + " and " + (refs.size() - shown) + " more";
    }

    /** Another branch's applied changesets, when there are any, are the cause of a difference, not a hand. */
    private static CheckResult drift(String where, UnexpectedChangesets found, Schema built, Schema actual) {
        boolean same = ChangelogChecks.same(built, actual);
        if (found.unexpected().isEmpty()) {
            return same ? CheckResult.passed("no drift", "the " + where + " is what its " + found.ours().size()
                    + " applied changesets build")
                    : new CheckResult("no drift", CheckResult.Status.FAILED, "the " + where + " was changed by hand",
                            List.of("compared with what its applied changesets build, it has: "
                                    + ChangelogChecks.difference(built, actual)));
        }
        String summary = "the " + where + " has " + Plural.of(found.unexpected().size(), "applied changeset")
                + " from another branch";
        return same ? new CheckResult("no drift", CheckResult.Status.WARNING, summary, List.of(found.warning(where)))
                : new CheckResult("no drift", CheckResult.Status.FAILED, summary, List.of(found.warning(where),
                        "compared with what this changelog's " + Plural.of(found.ours().size(), "applied changeset")
                                + " build, it has: " + ChangelogChecks.difference(built, actual)));
    }

    private static CheckResult unchanged(LiquibaseSession session, int applied) {
        try {
            session.validate();
            return CheckResult.passed("unchanged history", Plural.of(applied, "applied changeset") + " unchanged since applied");
        } catch (DbflowException e) {
            return new CheckResult("unchanged history", CheckResult.Status.FAILED,
                    "an applied changeset was edited, or the changelog does not validate", List.of(e.getMessage()));
        }
    }

    /**
     * Findings of the changesets the target has not applied: the shadow is at the target's state now. Their renames
     * are read from their changes, so that the comparison sees a rename where they rename, not a drop and an add.
     */
    private static CheckResult safety(LiquibaseSession shadow, Connection scratch, String where) throws SQLException {
        List<ChangeSet> pendingChangeSets = shadow.pendingChangeSets();
        int pending = pendingChangeSets.size();
        List<SchemaChange> operations = new ArrayList<>();
        Schema before = renamed(scratch, PendingRenames.of(pendingChangeSets), operations);
        shadow.update(changeset -> { });
        operations.addAll(new SchemaComparator().compare(before, new CanonicalSnapshot().read(scratch)));
        List<String> findings = new SafetyClassifier().classify(operations, before).stream().flatMap(List::stream)
                .map(Finding::describe).toList();
        return findings.isEmpty()
                ? CheckResult.passed("safety", Plural.of(pending, "changeset") + " pending for the " + where + ", no findings")
                : new CheckResult("safety", CheckResult.Status.WARNING, Plural.of(findings.size(), "finding") + " in the "
                        + Plural.of(pending, "changeset") + " pending for the " + where, findings);
    }

    /**
     * The target's schema in canonical form with the pending renames made. The renames are made inside a
     * transaction that is then rolled back, so that the scratch database stays at the target's state for the
     * changesets to run on; canonical form is reached before it, since reaching it commits.
     *
     * @param renames the renames performed are added here
     */
    private static Schema renamed(Connection scratch, DeclaredRenames pending, List<SchemaChange> renames)
            throws SQLException {
        Schema canonical = new CanonicalSnapshot().read(scratch);
        if (pending.isEmpty()) {
            return canonical;
        }
        boolean autoCommit = scratch.getAutoCommit();
        scratch.setAutoCommit(false);
        try {
            renames.addAll(new RenameApplier().apply(scratch, pending));
            return new PgCatalogReader().read(scratch);
        } finally {
            scratch.rollback();
            scratch.setAutoCommit(autoCommit);
        }
    }
}
