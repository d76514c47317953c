package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.RollbackRequest;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The changesets a target has applied that its changelog does not contain: on a developer's database shared by
 * two branches, the other branch's. Liquibase leaves them alone on upgrade and passes over them on rollback, so
 * every job that reads the target names them.
 *
 * @param applied    every applied changeset, oldest first by {@code ORDEREXECUTED}
 * @param unexpected the applied changesets not in the changelog, oldest first
 */
record UnexpectedChangesets(List<ChangesetRef> applied, List<ChangesetRef> unexpected) {

    private static final String ADVICE = "switch to the branch that has %s and roll %s back there, or merge that "
            + "branch";

    UnexpectedChangesets {
        applied = List.copyOf(applied);
        unexpected = List.copyOf(unexpected);
    }

    /**
     * Reads the target's history and matches it against every changeset of the changelog, whatever the contexts
     * and labels: Liquibase's {@code listUnexpectedChangeSets} would also call a changeset applied under another
     * context unexpected, and it validates checksums first, which is {@code verify}'s check, not this one.
     *
     * @return the applied and the unexpected changesets
     * @throws dev.dbflow.api.DbflowException when the history or the changelog cannot be read
     */
    static UnexpectedChangesets of(LiquibaseSession session) {
        return of(session, List.of());
    }

    /**
     * Reads like {@link #of(LiquibaseSession)}, leaving out the changesets of the project's base changelogs (see
     * {@link BaseChangelogs}), which the target has under the project's own and which are neither this changelog's
     * nor another branch's.
     *
     * @param base the base changelogs' changesets, as applying them recorded them
     */
    static UnexpectedChangesets of(LiquibaseSession session, List<ChangesetRef> base) {
        Set<String> theirs = base.stream().map(ref -> key(ref.file(), ref.id(), ref.author()))
                .collect(Collectors.toSet());
        return session.withLiquibase(liquibase -> {
            List<RanChangeSet> ran = RanChangesets.inOrder(liquibase.getDatabase()).stream()
                    .filter(row -> !theirs.contains(key(row.getChangeLog(), row.getId(), row.getAuthor()))).toList();
            // RanChangeSet.isSameAs's comparison, as keys: pairing every row with every changeset is quadratic.
            Set<String> inChangelog = liquibase.getDatabaseChangeLog().getChangeSets().stream()
                    .map(changeSet -> key(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor()))
                    .collect(Collectors.toSet());
            // Liquibase records its own tag rows under this changelog name; they belong to no branch.
            List<ChangesetRef> unexpected = ran.stream()
                    .filter(row -> !"liquibase-internal".equalsIgnoreCase(row.getChangeLog()))
                    .filter(row -> !inChangelog.contains(key(row.getChangeLog(), row.getId(), row.getAuthor())))
                    .map(RanChangesets::ref).toList();
            return new UnexpectedChangesets(ran.stream().map(RanChangesets::ref).toList(), unexpected);
        });
    }

    /**
     * Says what the target has that the changelog lacks, and what to do.
     *
     * @return one paragraph naming each changeset with its file and applied time, or an empty string when none
     */
    String warning(String target) {
        if (unexpected.isEmpty()) {
            return "";
        }
        return "The " + target + " has " + Plural.of(unexpected.size(), "applied changeset") + " that this changelog "
                + "does not contain (another branch's?): " + list(unexpected) + ". "
                + capitalized(advice(unexpected.size())) + ".";
    }

    /**
     * Says, for {@code status}, which lists the changesets itself, what to do about them.
     *
     * @return one sentence, or none when every applied changeset is in the changelog
     */
    List<String> attention() {
        if (unexpected.isEmpty()) {
            return List.of();
        }
        return List.of(Plural.of(unexpected.size(), "applied changeset") + (unexpected.size() == 1 ? " is" : " are")
                + " not in this changelog (another branch's?): " + advice(unexpected.size()) + ".");
    }

    /** Tells {@code listener} the {@link #warning}, when there is one. */
    void warn(DbflowListener listener, String target) {
        if (!unexpected.isEmpty()) {
            listener.warn(warning(target));
        }
    }

    /** Returns the applied changesets the changelog contains, oldest first. */
    List<ChangesetRef> ours() {
        return applied.stream().filter(ref -> !unexpected.contains(ref)).toList();
    }

    /**
     * Refuses {@code request} when an unexpected changeset was applied after the oldest changeset it would undo
     * (those after its tag or date, else its newest {@code count}): Liquibase would undo them from under it and
     * leave it applied. A tag that is not on the target is left to the caller to report.
     *
     * @param tags the target's tags and the changesets they mark
     * @throws ConfigurationException naming the unexpected changesets and the ones that would be undone
     */
    void refuseRollback(RollbackRequest request, Map<String, ChangesetRef> tags, String target) {
        List<ChangesetRef> undone;
        if (request.toTag() != null) {
            int tagged = applied.indexOf(tags.get(request.toTag()));
            undone = tagged < 0 ? List.of() : applied.subList(tagged + 1, applied.size());
        } else if (request.toDate() != null) {
            undone = applied.stream().filter(ref -> ref.appliedAt().isAfter(request.toDate())).toList();
        } else {
            List<ChangesetRef> ours = ours();
            undone = ours.subList(Math.max(0, ours.size() - request.count()), ours.size());
        }
        refuseRollbackPast(undone.stream().filter(ref -> !unexpected.contains(ref)).toList(), target);
    }

    private void refuseRollbackPast(List<ChangesetRef> toRollBack, String target) {
        int oldest = toRollBack.stream().mapToInt(applied::indexOf).filter(i -> i >= 0).min().orElse(applied.size());
        List<ChangesetRef> inTheWay = unexpected.stream().filter(ref -> applied.indexOf(ref) > oldest).toList();
        if (inTheWay.isEmpty()) {
            return;
        }
        throw new ConfigurationException("Rollback on the " + target + " refused, nothing was rolled back: it would "
                + "undo " + list(toRollBack) + ", " + (toRollBack.size() == 1 ? "which was" : "which were")
                + " applied before " + list(inTheWay) + (inTheWay.size() == 1 ? ", a changeset" : ", changesets")
                + " this changelog does not contain (another branch's?). " + capitalized(advice(inTheWay.size()))
                + "; then run this rollback again.");
    }

    private static String advice(int count) {
        String them = count == 1 ? "it" : "them";
        return ADVICE.formatted(them, them);
    }

    private static String list(List<ChangesetRef> refs) {
        return refs.stream().map(UnexpectedChangesets::describe).collect(Collectors.joining("; "));
    }

    private static String describe(ChangesetRef ref) {
        return ref.id() + " by " + ref.author() + " in " + ref.file()
                + (ref.appliedAt() == null ? "" : " (applied " + ref.appliedAt().truncatedTo(ChronoUnit.SECONDS) + ")");
    }

    private static String key(String file, String id, String author) {
        return (DatabaseChangeLog.normalizePath(file) + "::" + id + "::" + author).toLowerCase(Locale.ROOT);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
