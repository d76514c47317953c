package dev.dbflow.api;

import java.util.List;
import java.util.Optional;

/**
 * The target database's state relative to the changelog.
 *
 * @param head    the most recently applied changeset, empty for a database with none applied
 * @param pending changesets not yet applied, in the order {@code upgrade} would apply them
 */
public record StatusResult(Optional<ChangesetRef> head, List<ChangesetRef> pending) {

    public StatusResult {
        pending = List.copyOf(pending);
    }
}
