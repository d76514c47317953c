package dev.dbflow.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The target database's state relative to the changelog.
 *
 * @param head    the most recently applied changeset, empty for a database with none applied
 * @param pending changesets not yet applied, in the order {@code upgrade} would apply them
 * @param tags    each tag on the target and the applied changeset it marks, oldest first
 * @param attention what needs a person, one sentence each: a held change lock, an index an interrupted
 *                  {@code CREATE INDEX CONCURRENTLY} left INVALID, changesets applied from another branch; empty
 *                  when nothing does
 * @param unexpected changesets applied to the target that the changelog does not contain (another branch's), oldest
 *                   first, each with its applied time
 * @param tablesWithoutHistory true when the target has tables the changelog creates but no Liquibase history (not
 *                   even a base changelog's): a database made before
 *                   dbflow, where {@code upgrade} would create what exists and {@code baseline} is the next step
 */
public record StatusResult(Optional<ChangesetRef> head, List<ChangesetRef> pending, Map<String, ChangesetRef> tags,
                           List<String> attention, List<ChangesetRef> unexpected, boolean tablesWithoutHistory) {

    public StatusResult {
        pending = List.copyOf(pending);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        attention = List.copyOf(attention);
        unexpected = List.copyOf(unexpected);
    }

    /** A status with nothing that needs attention. */
    public StatusResult(Optional<ChangesetRef> head, List<ChangesetRef> pending, Map<String, ChangesetRef> tags) {
        this(head, pending, tags, List.of(), List.of(), false);
    }

    /** A status of a database with Liquibase history or without tables. */
    public StatusResult(Optional<ChangesetRef> head, List<ChangesetRef> pending, Map<String, ChangesetRef> tags,
                        List<String> attention, List<ChangesetRef> unexpected) {
        this(head, pending, tags, attention, unexpected, false);
    }

    /** Returns true when nothing is pending and every applied changeset is in the changelog. */
    public boolean upToDate() {
        return pending.isEmpty() && unexpected.isEmpty();
    }
}
