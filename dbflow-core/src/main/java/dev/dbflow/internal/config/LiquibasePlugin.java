package dev.dbflow.internal.config;

/**
 * What the project's own {@code liquibase-maven-plugin} configuration in its pom says: generated projects such as
 * JHipster's name their changelog there (their application sets it in Java code, where no setting shows it).
 *
 * @param changeLogFile its {@code changeLogFile}, as Maven interpolated it (a path under the project or the
 *                      resources), or null
 * @param contexts      its {@code contexts}, or null
 * @param labels        its {@code labelFilter} (or the older {@code labels}), or null
 * @param defaultSchema its {@code defaultSchemaName}, or null
 */
public record LiquibasePlugin(String changeLogFile, String contexts, String labels, String defaultSchema) {

    /** A project without the plugin, or without any of these settings. */
    public static final LiquibasePlugin NONE = new LiquibasePlugin(null, null, null, null);

    /** How the log names where a value came from. */
    static final String SOURCE = "of the liquibase-maven-plugin in pom.xml";

    public LiquibasePlugin {
        changeLogFile = blankToNull(changeLogFile);
        contexts = blankToNull(contexts);
        labels = blankToNull(labels);
        defaultSchema = blankToNull(defaultSchema);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
