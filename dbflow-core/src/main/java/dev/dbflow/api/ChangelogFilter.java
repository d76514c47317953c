package dev.dbflow.api;

/**
 * Which changesets of the changelog count, as Liquibase's {@code --contexts} and {@code --label-filter} select them:
 * a changeset whose {@code context} or {@code labels} do not match the expressions is skipped by every goal (on the
 * shadow database as on the target), and one without a context or labels always counts.
 *
 * @param contexts a context expression, e.g. {@code prod} or {@code !test}; null or blank for no filter
 * @param labels   a label expression, e.g. {@code v2 and !experimental}; null or blank for no filter
 */
public record ChangelogFilter(String contexts, String labels) {

    /** No filter: every changeset counts. */
    public static final ChangelogFilter NONE = new ChangelogFilter(null, null);

    public ChangelogFilter {
        contexts = contexts == null || contexts.isBlank() ? null : contexts.trim();
        labels = labels == null || labels.isBlank() ? null : labels.trim();
    }
}
