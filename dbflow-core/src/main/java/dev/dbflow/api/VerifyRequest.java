package dev.dbflow.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code verify} checks: the same project, changelog, shadow and (optional) target as {@code generate}.
 *
 * @param project         the entities, changelog, shadow and target, as for {@code generate}; nothing is written
 *                        to the changelog
 * @param failOnWarning   true to fail the build on safety findings of changesets not yet applied to the target
 * @param reportDirectory where {@code TEST-dbflow-verify.xml} and {@code verify.md} are written
 * @param reversibleSince the id (or {@code tagDatabase} tag) of the first changeset that must roll back, or null
 *                        for the first changeset dbflow wrote; Liquibase-irreversible changesets before it are a
 *                        warning, not a failure
 */
public record VerifyRequest(GenerateRequest project, boolean failOnWarning, Path reportDirectory,
                            String reversibleSince) {

    public VerifyRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(reportDirectory, "reportDirectory");
    }
}
