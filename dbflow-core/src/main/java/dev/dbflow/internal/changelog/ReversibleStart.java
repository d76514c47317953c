package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import liquibase.change.core.TagDatabaseChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first changeset that must roll back. The changesets before it are history, often written long before
 * dbflow: a {@code loadData} or a {@code dropDefaultValue} without a rollback block, which no one will roll back
 * now. {@code verify} reports those Liquibase cannot roll back as one warning instead of failing on each.
 *
 * @param name     the start's changeset id (or the tag given), as messages name it; null for {@link #ALL}
 * @param explicit true when {@code reversibleSince} set it: the stairway starts there, even after history that
 *                 has rollback blocks. By default it starts after the last changeset before it that cannot roll back,
 *                 so that no rollback Liquibase could run goes untested
 * @param before   the changesets before the start, as {@code file::id::author}
 */
public record ReversibleStart(String name, boolean explicit, Set<String> before) {

    /** Every changeset must roll back: no changeset dbflow wrote, and {@code reversibleSince} is not set. */
    public static final ReversibleStart ALL = new ReversibleStart(null, false, Set.of());

    public ReversibleStart {
        before = Set.copyOf(before);
    }

    /**
     * Finds the start in the changelog: the changeset whose id is {@code reversibleSince}, else the one whose
     * {@code tagDatabase} change sets that tag; without the setting, the first changeset dbflow wrote (generated,
     * merged or baselined: its comment records its lineage).
     *
     * @param reversibleSince a changeset id or tag, or null
     * @return the start; {@link #ALL} when the changelog has no changeset dbflow wrote, or does not parse (the
     *         well formed check reports why)
     * @throws ConfigurationException when {@code reversibleSince} is neither a changeset id nor a tag of the changelog
     */
    public static ReversibleStart of(ChangelogLocation location, String reversibleSince) {
        List<ChangeSet> changeSets;
        try {
            changeSets = ParsedChangelog.changeSets(location);
        } catch (ConfigurationException e) {
            return ALL;
        }
        boolean explicit = reversibleSince != null && !reversibleSince.isBlank();
        String wanted = explicit ? reversibleSince.strip() : null;
        int start = explicit ? position(changeSets, wanted, location) : indexOfFirstWritten(changeSets);
        if (start < 0) {
            return ALL;
        }
        Set<String> before = new HashSet<>();
        changeSets.subList(0, start).forEach(changeSet -> before.add(key(changeSet)));
        return new ReversibleStart(explicit ? wanted : changeSets.get(start).getId(), explicit, before);
    }

    /** Returns true when {@code changeSet} comes before the start. */
    public boolean isBefore(ChangeSet changeSet) {
        return before.contains(key(changeSet));
    }

    private static int position(List<ChangeSet> changeSets, String wanted, ChangelogLocation location) {
        for (int i = 0; i < changeSets.size(); i++) {
            if (changeSets.get(i).getId().equals(wanted)) {
                return i;
            }
        }
        for (int i = 0; i < changeSets.size(); i++) {
            if (changeSets.get(i).getChanges().stream().anyMatch(change -> change instanceof TagDatabaseChange tag
                    && wanted.equals(tag.getTag()))) {
                return i;
            }
        }
        throw new ConfigurationException("The setting reversibleSince (-Ddbflow.reversibleSince) is '" + wanted
                + "', but no changeset of the changelog " + location.file() + " or its includes has that id, and no "
                + "tagDatabase change in it sets that tag. Give the id (or tag) of the first changeset that must roll "
                + "back, or remove the setting to start at the first changeset dbflow wrote.");
    }

    private static int indexOfFirstWritten(List<ChangeSet> changeSets) {
        for (int i = 0; i < changeSets.size(); i++) {
            if (ChangesetLineage.writtenByDbflow(changeSets.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String key(ChangeSet changeSet) {
        return DatabaseChangeLog.normalizePath(changeSet.getFilePath()) + "::" + changeSet.getId() + "::"
                + changeSet.getAuthor();
    }
}
