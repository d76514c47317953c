package dev.dbflow.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Roll back applied changesets of a target database: the newest {@code count}, or all applied after a tag.
 *
 * @param changelog the master changelog, which holds the rollback blocks
 * @param target    the target database
 * @param count     how many of the most recently applied changesets to undo; at least 1; ignored with a tag
 * @param toTag     roll back everything applied after this tag, or null to roll back by count
 * @param confirm   the database name, required when the target is not on this machine, or null
 */
public record RollbackRequest(Path changelog, TargetDatabase target, int count, String toTag, String confirm) {

    public RollbackRequest {
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(target, "target");
        if (count < 1) {
            throw new ConfigurationException("The setting 'count' (-Ddbflow.count) is " + count
                    + ": give the number of changesets to roll back, 1 or more.");
        }
    }

    /** Rolls back the newest {@code count} changesets of a database on this machine. */
    public RollbackRequest(Path changelog, TargetDatabase target, int count) {
        this(changelog, target, count, null, null);
    }
}
