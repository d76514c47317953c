package dev.dbflow.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code generate} did.
 *
 * @param changesetFile the new changelog file, empty when the entities already match the changelog
 * @param summary       one line per operation in changeset order, e.g.
 *                      {@code + column task.priority varchar(20) not null}; empty when nothing changed
 */
public record GenerateResult(Optional<Path> changesetFile, List<String> summary) {

    /** What to tell the user when nothing was written. */
    public static final String NO_CHANGES = "No changes: the entities match the changelog.";

    public GenerateResult {
        summary = List.copyOf(summary);
    }

    /** Returns true when nothing was written because entities and changelog match. */
    public boolean noChanges() {
        return changesetFile.isEmpty();
    }
}
