package dev.dbflow.api;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * Roll back applied changesets of a target database: the newest {@code count}, all applied after a tag, or all
 * applied after a point in time.
 *
 * @param changelog the master changelog, which holds the rollback blocks
 * @param target    the target database
 * @param count     how many of the most recently applied changesets to undo; at least 1; ignored with a tag or date
 * @param toTag     roll back everything applied after this tag, or null
 * @param confirm   the database name, required when the target is not on this machine, or null
 * @param toDate    roll back everything applied after this instant ({@code DATABASECHANGELOG.DATEEXECUTED}), or
 *                  null; not together with {@code toTag}
 * @param filter    the contexts and labels that select changesets
 * @param baseChangelogs the changelogs of the projects this one builds on, as in {@link ChangelogRequest}: their
 *                       changesets on the target are never another branch's, so never in a rollback's way
 * @param classpath the project's classpath, where {@code baseChangelogs} resources are looked up
 */
public record RollbackRequest(Path changelog, TargetDatabase target, int count, String toTag, String confirm,
                              Instant toDate, ChangelogFilter filter, List<String> baseChangelogs,
                              List<Path> classpath) {

    public RollbackRequest {
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(target, "target");
        filter = filter == null ? ChangelogFilter.NONE : filter;
        baseChangelogs = baseChangelogs == null ? List.of() : List.copyOf(baseChangelogs);
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
        if (count < 1) {
            throw new ConfigurationException("The setting 'count' (-Ddbflow.count) is " + count
                    + ": give the number of changesets to roll back, 1 or more.");
        }
        if (toTag != null && toDate != null) {
            throw new ConfigurationException("Both 'toTag' (-Ddbflow.toTag=" + toTag + ") and 'toDate' (-Ddbflow.toDate="
                    + toDate + ") are set: roll back to a tag or to a date, not both.");
        }
    }

    /** Rolls back on a project that builds on no other project's changelog. */
    public RollbackRequest(Path changelog, TargetDatabase target, int count, String toTag, String confirm,
                           Instant toDate, ChangelogFilter filter) {
        this(changelog, target, count, toTag, confirm, toDate, filter, List.of(), List.of());
    }

    /** Rolls back by count, to a tag or to a date, whatever the changesets' contexts and labels. */
    public RollbackRequest(Path changelog, TargetDatabase target, int count, String toTag, String confirm,
                           Instant toDate) {
        this(changelog, target, count, toTag, confirm, toDate, ChangelogFilter.NONE);
    }

    /** Rolls back by count or to a tag. */
    public RollbackRequest(Path changelog, TargetDatabase target, int count, String toTag, String confirm) {
        this(changelog, target, count, toTag, confirm, null);
    }

    /** Rolls back the newest {@code count} changesets of a database on this machine. */
    public RollbackRequest(Path changelog, TargetDatabase target, int count) {
        this(changelog, target, count, null, null);
    }

    /** Returns this request on a project that builds on {@code baseChangelogs}, found on {@code classpath}. */
    public RollbackRequest withBaseChangelogs(List<String> baseChangelogs, List<Path> classpath) {
        return new RollbackRequest(changelog, target, count, toTag, confirm, toDate, filter, baseChangelogs,
                classpath);
    }

    /**
     * Parses the {@code toDate} setting: an instant ({@code 2026-11-29T10:00:00Z}), a local date and time
     * ({@code 2026-11-29T10:00} or {@code 2026-11-29 10:00}) or a date ({@code 2026-11-29}, its start), local times
     * in {@code zone}.
     *
     * @return the instant, or null for a null or blank value
     * @throws ConfigurationException for any other text
     */
    public static Instant parseDate(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim().replace(' ', 'T');
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            if (text.contains("T")) {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            }
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ConfigurationException("The setting 'toDate' (-Ddbflow.toDate) is '" + value + "': give a date "
                    + "(2026-11-29), a local date and time (2026-11-29T10:00, time zone " + zone + ") or an instant "
                    + "(2026-11-29T10:00:00Z); changesets applied after it are rolled back.");
        }
    }
}
