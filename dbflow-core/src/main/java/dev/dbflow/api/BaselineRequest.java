package dev.dbflow.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Adopt dbflow on an existing database: on the first database, write a first changeset that builds the target's
 * current schema and mark it applied there; on each further database made the same way, once that changeset is in
 * the changelog, check that the database has what it builds and mark it applied there too.
 *
 * @param changelog the master changelog: created when it does not exist yet, else read for its baseline changeset
 * @param target    the existing database, read and then given Liquibase's history tables
 * @param format    {@code yaml}, {@code xml} or {@code sql}; null for {@code yaml}
 * @param message   the change description, used in the file name and changeset comment; may be null
 * @param author    the changeset author; null for {@code git config user.name}, else the OS user
 * @param shadow    where the changelog's baseline is built to compare a further database with; null for embedded
 */
public record BaselineRequest(Path changelog, TargetDatabase target, String format, String message, String author,
                              ShadowSpec shadow) {

    public BaselineRequest {
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(target, "target");
        shadow = shadow == null ? ShadowSpec.embedded() : shadow;
    }
}
