package dev.dbflow.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A master changelog and the target database it is applied to, for {@code upgrade}, {@code status} and
 * {@code history}.
 *
 * @param changelog the master changelog file
 * @param target    the target database
 */
public record ChangelogRequest(Path changelog, TargetDatabase target) {

    public ChangelogRequest {
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(target, "target");
    }
}
