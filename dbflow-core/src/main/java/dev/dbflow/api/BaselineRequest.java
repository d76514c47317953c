package dev.dbflow.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Adopt dbflow on an existing database: write a first changeset that builds the target's current schema and mark
 * it applied there.
 *
 * @param changelog the master changelog to create; must not exist yet
 * @param target    the existing database, read and then given Liquibase's history tables
 * @param format    {@code yaml}, {@code xml} or {@code sql}; null for {@code yaml}
 * @param message   the change description, used in the file name and changeset comment; may be null
 * @param author    the changeset author; null for {@code git config user.name}, else the OS user
 */
public record BaselineRequest(Path changelog, TargetDatabase target, String format, String message, String author) {

    public BaselineRequest {
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(target, "target");
    }
}
