package dev.dbflow.internal.generate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.internal.changelog.ChangelogLocation;
import dev.dbflow.internal.changelog.ChangesetLineage;
import dev.dbflow.internal.write.ChangelogFormat;
import dev.dbflow.internal.write.ChangelogWriter;
import dev.dbflow.internal.write.IncludeLayout;
import dev.dbflow.internal.write.ChangesetSerializer;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.OutputChange;
import liquibase.changelog.ChangeSet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code merge}: when two branches each generated a changeset from the same head and were merged, checks
 * that the combined changelog builds exactly what the entities map to, then records the merge in a changeset
 * that joins the heads ({@code dbflow-merge:}), like {@code alembic merge}.
 */
public final class MergeJob {

    private final DbflowListener listener;
    private final Clock clock;

    public MergeJob(DbflowListener listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * Records the merge.
     *
     * @return the merge changeset's file, or no file when the changelog has no conflicting heads
     * @throws ConfigurationException when the combined changelog does not match the entities (the pending
     *                                operations are listed; run generate first)
     */
    public GenerateResult run(GenerateRequest request) {
        Path master = request.changelog().toAbsolutePath();
        ChangesetLineage lineage = ChangesetLineage.of(ChangelogLocation.of(master));
        List<String> heads = lineage.conflicts().values().stream().flatMap(List::stream).toList();
        if (heads.isEmpty()) {
            listener.info("Nothing to merge: the changelog has one head, " + lineage.last() + ".");
            return new GenerateResult(Optional.empty(), List.of());
        }
        List<String> pending = new GenerateJob(listener, clock).pendingChanges(request);
        if (!pending.isEmpty()) {
            throw new ConfigurationException("The combined changelog does not build what the entities map to ("
                    + String.join("; ", pending) + "). Run mvn dbflow:migrate to write the missing changes, then "
                    + "mvn dbflow:merge.");
        }
        ChangelogFormat format = ChangelogFormat.resolve(request.format(), master);
        ChangesetNaming naming = ChangesetNaming.of(clock.instant(), "merge");
        String relativePath = naming.relativePath(IncludeLayout.of(master), format.extension());
        String joined = String.join(", ", heads);
        ChangeSet merge = new ChangeSet(naming.id(), ChangesetNaming.author(request.author(), master.getParent()),
                false, false, relativePath, null, null, null);
        merge.setComments("Merges the heads " + joined + "\n" + ChangesetLineage.MERGE + joined);
        OutputChange note = new OutputChange();
        note.setMessage("Merge point of " + joined);
        note.setTarget("INFO");
        merge.addChange(note);
        merge.addRollbackChange(new EmptyChange());
        ChangesetSerializer serializer = new ChangesetSerializer();
        Path file = new ChangelogWriter().write(master, relativePath, serializer.serialize(List.of(merge), format),
                serializer.formattedSql(List.of(merge)));
        listener.info("Merged heads " + joined + " in changeset " + naming.id());
        return new GenerateResult(Optional.of(file), List.of("~ merge " + joined));
    }
}
