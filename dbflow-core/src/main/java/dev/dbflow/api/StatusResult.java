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
 */
public record StatusResult(Optional<ChangesetRef> head, List<ChangesetRef> pending, Map<String, ChangesetRef> tags) {

    public StatusResult {
        pending = List.copyOf(pending);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
