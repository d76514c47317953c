package dev.dbflow.api;

/**
 * Which changesets of the changelog count, as Liquibase's {@code --contexts} and {@code --label-filter} select them,
 * and the schema they run in, as {@code --default-schema-name} sets it: a changeset whose {@code context} or
 * {@code labels} do not match the expressions is skipped by every goal (on the shadow database as on the target), and
 * one without a context or labels always counts.
 *
 * @param contexts      a context expression, e.g. {@code prod} or {@code !test}; null or blank for no filter
 * @param labels        a label expression, e.g. {@code v2 and !experimental}; null or blank for no filter
 * @param defaultSchema the schema of objects a changeset names without one, and of Liquibase's own tables; null or
 *                      blank for the connection's ({@code public})
 */
public record ChangelogFilter(String contexts, String labels, String defaultSchema) {

    /** No filter: every changeset counts, in the connection's schema. */
    public static final ChangelogFilter NONE = new ChangelogFilter(null, null, null);

    public ChangelogFilter {
        contexts = blankToNull(contexts);
        labels = blankToNull(labels);
        defaultSchema = blankToNull(defaultSchema);
    }

    /** A filter in the connection's schema. */
    public ChangelogFilter(String contexts, String labels) {
        this(contexts, labels, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
