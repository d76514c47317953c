package dev.dbflow.internal.config;

import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.ConfigurationException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which master changelog a project uses, and which of its changesets ({@link #filter}): the {@code changelog} setting when given; else Spring Boot's
 * {@code spring.liquibase.change-log} (the file the application applies at start-up), in the forms Spring accepts
 * ({@code classpath:db/changelog/master.yaml}, with or without a leading slash, or a plain path, both under
 * {@code src/main/resources}; {@code file:path} relative to the project); else Spring Boot's default,
 * {@code src/main/resources/db/changelog/db.changelog-master.yaml}.
 */
public final class ChangelogSetting {

    /** Spring Boot's default master changelog, relative to the project. */
    public static final String DEFAULT = "src/main/resources/db/changelog/db.changelog-master.yaml";

    private static final String KEY = "spring.liquibase.change-log";
    private static final String CONTEXTS = "spring.liquibase.contexts";
    /** Spring Boot 3's key; {@link #OLD_LABELS} is the one of Spring Boot 2. */
    private static final String LABELS = "spring.liquibase.label-filter";
    private static final String OLD_LABELS = "spring.liquibase.labels";
    private static final String RESOURCES = "src/main/resources/";

    /**
     * The master changelog and where the choice came from.
     *
     * @param file   the master changelog, absolute
     * @param source {@code parameter changelog}, {@code spring.liquibase.change-log in <file>} or {@code default}
     */
    public record Resolved(Path file, String source) {
    }

    private ChangelogSetting() {
    }

    /**
     * Resolves the master changelog.
     *
     * @param configured      the {@code changelog} setting, or null when not given
     * @param baseDirectory   the project directory
     * @param environment     the environment, for placeholders and {@code SPRING_PROFILES_ACTIVE}
     * @param profileSetting  the {@code profile} setting (comma separated), or null
     * @throws ConfigurationException when {@code spring.liquibase.change-log} names a resource dbflow cannot read from
     *                                the project (a URL), or an application file is malformed
     */
    public static Resolved resolve(Path configured, Path baseDirectory, Map<String, String> environment,
                                   String profileSetting) {
        Path base = baseDirectory.toAbsolutePath();
        if (configured != null) {
            return new Resolved(base.resolve(configured).normalize(), "parameter changelog");
        }
        SpringProperties spring = SpringProperties.read(base,
                TargetSettings.activeProfiles(profileSetting, environment, base), List.of(KEY), environment);
        String value = spring.resolve(KEY, false, "the changelog with -Ddbflow.changelog");
        if (value == null) {
            return new Resolved(base.resolve(DEFAULT).normalize(), "default");
        }
        String source = KEY + " in " + spring.place(KEY);
        if (value.startsWith("classpath:") || value.startsWith("classpath*:")) {
            String path = value.substring(value.indexOf(':') + 1).replaceFirst("^/+", "");
            return new Resolved(base.resolve(RESOURCES + path).normalize(), source);
        }
        if (value.startsWith("file:")) {
            return new Resolved(base.resolve(value.substring("file:".length())).normalize(), source);
        }
        if (value.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && !value.matches("[A-Za-z]:[\\\\/].*")) {
            throw new ConfigurationException(source + " is '" + value + "', a resource dbflow cannot read from the "
                    + "project. Use a classpath: path under src/main/resources, or give the master changelog with "
                    + "-Ddbflow.changelog.");
        }
        return new Resolved(base.resolve(RESOURCES + value.replaceFirst("^/+", "")).normalize(), source);
    }

    /**
     * Resolves the contexts and labels: each setting when given (blank for none), else Spring Boot's
     * {@code spring.liquibase.contexts} and {@code spring.liquibase.label-filter} ({@code labels} before Spring Boot
     * 3), so that dbflow applies the changesets the application applies; else none.
     *
     * @throws ConfigurationException when an application file is malformed
     */
    public static ChangelogFilter filter(String contexts, String labels, Path baseDirectory,
                                         Map<String, String> environment, String profileSetting) {
        if (contexts != null && labels != null) {
            return new ChangelogFilter(contexts, labels);
        }
        Path base = baseDirectory.toAbsolutePath();
        SpringProperties spring = SpringProperties.read(base,
                TargetSettings.activeProfiles(profileSetting, environment, base), List.of(CONTEXTS, LABELS, OLD_LABELS),
                environment);
        String springLabels = spring.has(LABELS) ? spring.resolve(LABELS, false, "-Ddbflow.labels")
                : spring.resolve(OLD_LABELS, false, "-Ddbflow.labels");
        return new ChangelogFilter(contexts != null ? contexts
                : spring.resolve(CONTEXTS, false, "-Ddbflow.contexts"),
                labels != null ? labels : springLabels);
    }
}
