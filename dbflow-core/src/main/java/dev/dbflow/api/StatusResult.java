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
 * @param attention what an interrupted or failed non-transactional changeset left behind and needs a person, one
 *                  sentence each (an index {@code CREATE INDEX CONCURRENTLY} left INVALID); empty when nothing does
 */
public record StatusResult(Optional<ChangesetRef> head, List<ChangesetRef> pending, Map<String, ChangesetRef> tags,
                           List<String> attention) {

    public StatusResult {
        pending = List.copyOf(pending);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        attention = List.copyOf(attention);
    }

    /** A status with nothing that needs attention. */
    public StatusResult(Optional<ChangesetRef> head, List<ChangesetRef> pending, Map<String, ChangesetRef> tags) {
        this(head, pending, tags, List.of());
    }
}
