package dev.dbflow.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Throw away the changeset {@code generate} wrote last, before it is applied anywhere.
 *
 * @param changelog the master changelog that includes it
 * @param target    the configured target database, which must not have applied it; null when none is configured
 *                  (then no database is checked)
 */
public record DiscardRequest(Path changelog, TargetDatabase target) {

    public DiscardRequest {
        Objects.requireNonNull(changelog, "changelog");
    }
}
