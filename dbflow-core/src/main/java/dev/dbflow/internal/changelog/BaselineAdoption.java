package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.render.LineageMarks;
import dev.dbflow.internal.snapshot.PgCatalogReader;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code baseline} on a further database once the changelog holds the baseline changeset: a colleague's, CI's or
 * staging database made by the same script as the first. Its schema is compared, as {@code verify}'s drift check
 * compares, with what the changelog builds up to and including the baseline changeset on a shadow database; when
 * they are the same, those changesets are recorded as applied there without running (the baseline alone, as
 * {@code baseline} writes it first), and later changesets stay pending for {@code upgrade}.
 */
public final class BaselineAdoption {

    private final DbflowListener listener;

    public BaselineAdoption(DbflowListener listener) {
        this.listener = listener;
    }

    /**
     * Adopts the changelog's baseline changeset on {@code target}, telling the listener what it records, or each
     * object that differs.
     *
     * @param scratch an empty scratch database on the shadow server
     * @return the changesets recorded as applied, in changelog order; empty when the baseline was recorded already
     * @throws ConfigurationException  when the changelog has no baseline changeset, or the target has other Liquibase
     *                                 history, no table or sequence, or a schema that differs from the baseline's
     *                                 (then nothing is recorded)
     * @throws InfrastructureException when the target cannot be read or written
     */
    public List<ChangesetRef> adopt(ChangelogLocation location, TargetDatabase target, Connection scratch) {
        String where = TargetConnector.describe(target);
        try (Connection live = TargetConnector.open(target);
             LiquibaseSession session = new LiquibaseSession(location, live, where, target.password(),
                     "Nothing was run there; fix the changelog and run baseline again.", listener)) {
            List<ChangeSet> changeSets = session.changeSets();
            ChangeSet baseline = changeSets.stream().filter(BaselineAdoption::isBaseline).findFirst()
                    .orElseThrow(() -> noBaseline(location, where));
            ChangesetRef ref = ref(baseline);
            List<ChangesetRef> applied = session.applied();
            if (applied.stream().anyMatch(ran -> key(ran).equals(key(ref)))) {
                listener.info("The baseline changeset " + ref.display() + " is already recorded as applied to the "
                        + where + "; nothing was changed.");
                return List.of();
            }
            if (!applied.isEmpty()) {
                throw new ConfigurationException("The " + where + " already has Liquibase history ("
                        + Plural.of(applied.size(), "changeset") + " in databasechangelog) but not the baseline "
                        + "changeset " + ref.display() + ": a changelog manages it already, so there is no baseline "
                        + "to adopt there. Run mvn dbflow:status to compare it with this changelog.");
            }
            List<ChangeSet> through = changeSets.subList(0, changeSets.indexOf(baseline) + 1);
            Schema actual = new PgCatalogReader().read(live);
            if (actual.tables().isEmpty() && actual.sequences().isEmpty()) {
                throw new ConfigurationException("The " + where + " has no table or sequence: there is no existing "
                        + "schema to adopt the baseline changeset " + ref.display() + " on. Run mvn dbflow:upgrade, "
                        + "which builds the schema from the changelog.");
            }
            refuseDifferences(ChangelogChecks.differences(built(location, scratch, through.size()), actual), ref,
                    where);
            ChangeLock.await(session, ChangelogRequest.DEFAULT_LOCK_WAIT_SECONDS, where);
            ChosenSync.record(session, location, through);
            List<ChangesetRef> recorded = through.stream().map(BaselineAdoption::ref).toList();
            recorded.forEach(changeset -> listener.info("Marked " + changeset.display() + " as applied to the "
                    + where + " (nothing was run)"));
            int pending = session.pending().size();
            listener.info(pending == 0 ? "The " + where + " is up to date; no changeset is pending."
                    : Plural.of(pending, "changeset") + " after the baseline " + (pending == 1 ? "is" : "are")
                            + " pending for the " + where + ": run mvn dbflow:upgrade to apply "
                            + (pending == 1 ? "it." : "them."));
            return recorded;
        } catch (SQLException e) {
            throw new InfrastructureException("Cannot read the schema of the " + where + ": " + e.getMessage()
                    + " Check that the user may read its catalog, then run baseline again.", e);
        }
    }

    /** The schema the first {@code count} changesets build on the empty scratch database. */
    private Schema built(ChangelogLocation location, Connection scratch, int count) throws SQLException {
        try (LiquibaseSession shadow = new LiquibaseSession(location, scratch, LiquibaseSession.SHADOW, null,
                LiquibaseSession.SHADOW_ADVICE, listener)) {
            shadow.update(count, changeset -> { });
        }
        return new PgCatalogReader().read(scratch);
    }

    /**
     * Lists each object the target has otherwise than the baseline builds, then refuses: recording the baseline on
     * a database without its schema would leave every later changeset building on a schema that is not there.
     */
    private void refuseDifferences(List<String> differences, ChangesetRef baseline, String where) {
        if (differences.isEmpty()) {
            return;
        }
        listener.warn("The " + where + " differs from what the changelog builds up to its baseline changeset "
                + baseline.id() + "; object by object (+ the database has it and the "
                + "baseline does not, - the database lacks it, ~ it differs):");
        differences.forEach(difference -> listener.warn("  " + difference));
        throw new ConfigurationException("Baseline refused, nothing was recorded: the " + where + " differs from "
                + "what the changelog builds up to and including its baseline changeset " + baseline.display()
                + " in " + Plural.of(differences.size(), "object") + " (" + String.join("; ", differences)
                + "). Make this database match the baseline (+ is what it has and the baseline does not, - what it "
                + "lacks, ~ what differs), then run mvn dbflow:baseline again.");
    }

    private static boolean isBaseline(ChangeSet changeSet) {
        return changeSet.getComments() != null && changeSet.getComments().contains(LineageMarks.BASELINE);
    }

    private static ConfigurationException noBaseline(ChangelogLocation location, String where) {
        return new ConfigurationException("The changelog " + location.file() + " has no baseline changeset (one "
                + "whose comment has the line '" + LineageMarks.BASELINE + "', which mvn dbflow:baseline writes into "
                + "a new changelog), so the " + where + " has none to adopt. If that database is empty, run mvn "
                + "dbflow:upgrade to build it from the changelog; to start a changelog from that database, set "
                + "'changelog' (-Ddbflow.changelog) to a new file.");
    }

    private static ChangesetRef ref(ChangeSet changeSet) {
        return new ChangesetRef(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath(), null);
    }

    private static String key(ChangesetRef ref) {
        return DatabaseChangeLog.normalizePath(ref.file()) + "::" + ref.id() + "::" + ref.author();
    }
}
