package dev.dbflow.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Roll back the newest applied changesets of a target database.
 *
 * @param changelog the master changelog, which holds the rollback blocks
 * @param target    the target database
 * @param count     how many of the most recently applied changesets to undo; at least 1
 */
public record RollbackRequest(Path changelog, TargetDatabase target, int count) {

    public RollbackRequest {
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(target, "target");
        if (count < 1) {
            throw new ConfigurationException("The setting 'count' (-Ddbflow.count) is " + count
                    + ": give the number of changesets to roll back, 1 or more.");
        }
    }
}
