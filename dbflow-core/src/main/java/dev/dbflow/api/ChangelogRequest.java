package dev.dbflow.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A master changelog and the target database it is applied to, for {@code upgrade}, {@code status} and
 * {@code history}.
 *
 * @param changelog       the master changelog file
 * @param target          the target database
 * @param lockWaitSeconds how long {@code upgrade} waits for Liquibase's change lock while another run holds it,
 *                        in seconds, 0 or more; then it fails naming the holder
 * @param filter          the contexts and labels that select changesets
 * @param baseChangelogs  the changelogs of the projects this one builds on (files or classpath resources, as
 *                        {@link GenerateRequest#baseChangelogs()}): their changesets on the target are neither this
 *                        changelog's nor another branch's
 * @param classpath       the project's classpath, where {@code baseChangelogs} resources are looked up
 */
public record ChangelogRequest(Path changelog, TargetDatabase target, int lockWaitSeconds, ChangelogFilter filter,
                               List<String> baseChangelogs, List<Path> classpath) {

    /** The wait when none is given: long enough for a colleague's upgrade, short enough to notice a stale lock. */
    public static final int DEFAULT_LOCK_WAIT_SECONDS = 60;

    public ChangelogRequest {
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(target, "target");
        filter = filter == null ? ChangelogFilter.NONE : filter;
        baseChangelogs = baseChangelogs == null ? List.of() : List.copyOf(baseChangelogs);
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
        if (lockWaitSeconds < 0) {
            throw new ConfigurationException("The setting 'lockWaitSeconds' (-Ddbflow.lockWaitSeconds) is "
                    + lockWaitSeconds + ": give how many seconds to wait for another run's lock, 0 or more.");
        }
    }

    /** A request on a project that builds on no other project's changelog. */
    public ChangelogRequest(Path changelog, TargetDatabase target, int lockWaitSeconds, ChangelogFilter filter) {
        this(changelog, target, lockWaitSeconds, filter, List.of(), List.of());
    }

    /** A request for every changeset. */
    public ChangelogRequest(Path changelog, TargetDatabase target, int lockWaitSeconds) {
        this(changelog, target, lockWaitSeconds, ChangelogFilter.NONE);
    }

    /** A request that waits {@link #DEFAULT_LOCK_WAIT_SECONDS} for the lock. */
    public ChangelogRequest(Path changelog, TargetDatabase target) {
        this(changelog, target, DEFAULT_LOCK_WAIT_SECONDS);
    }

    /** Returns this request on a project that builds on {@code baseChangelogs}, found on {@code classpath}. */
    public ChangelogRequest withBaseChangelogs(List<String> baseChangelogs, List<Path> classpath) {
        return new ChangelogRequest(changelog, target, lockWaitSeconds, filter, baseChangelogs, classpath);
    }
}
