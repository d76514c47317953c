package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;

import java.util.List;

/**
 * The application's own settings, read the way the application reads them at start-up: by the project's own Spring
 * Boot when it has one ({@link SpringBootSettings}), else from Quarkus's {@code application.properties} when it is a
 * Quarkus application ({@link QuarkusSettings}), else from the Spring-style application files dbflow reads itself
 * ({@link SpringFileSettings}). Read once per goal; the resolvers of the target database, the changelog, its
 * changesets and the Hibernate settings all ask the same snapshot.
 */
public interface ApplicationSettings {

    /**
     * Reads the settings of {@code project}.
     *
     * @throws ConfigurationException when the application's files are malformed or its Spring Boot cannot read them
     */
    static ApplicationSettings read(ApplicationProject project) {
        if (ProjectSpringBoot.present(project.classpath())) {
            return SpringBootSettings.read(project);
        }
        if (QuarkusSettings.isQuarkus(project.classpath())) {
            return QuarkusSettings.read(project);
        }
        return SpringFileSettings.read(project.baseDirectory(), project.environment(), project.profile());
    }

    /** Returns true when the application sets {@code key}. */
    boolean has(String key);

    /**
     * Returns {@code key}'s value, placeholders resolved as the application resolves them.
     *
     * @param secret true for a password: a message quoting the value masks it
     * @param other  the other way to give the setting, for the message, e.g. {@code -Ddbflow.url}
     * @return the value, or null when unset or empty
     * @throws ConfigurationException when a placeholder names neither a set environment variable nor a setting and
     *                                has no default
     */
    String value(String key, boolean secret, String other);

    /** Returns where {@code key} came from, for messages: a file, an environment variable. */
    String place(String key);

    /** Returns the keys set under {@code prefix}, e.g. every {@code spring.jpa.properties.*} entry, as full keys. */
    List<String> keysUnder(String prefix);

    /**
     * Returns the line saying which library read the settings and with which profiles, e.g.
     * {@code Spring Boot 3.5.7 (the project's), profiles dev, api-docs}; null when dbflow read plain files itself and
     * no profile is active.
     */
    String describe();

    /** Returns what the user should hear about the settings, e.g. a profile that selects nothing. */
    List<String> warnings();

    /**
     * Returns true when the application configures Hibernate from {@code META-INF/persistence.xml} where its framework
     * gives no setting; Spring Boot never reads that file.
     */
    default boolean readsPersistenceXml() {
        return true;
    }

    /** Returns the framework's own default master changelog, relative to the resources, and how to name it. */
    DefaultChangelog defaultChangelog();

    /**
     * A framework's default master changelog.
     *
     * @param resource the path under the resources, e.g. {@code db/changelog/db.changelog-master.yaml}
     * @param source   how the log names it, e.g. {@code Spring Boot's default path}
     */
    record DefaultChangelog(String resource, String source) {
        static final DefaultChangelog SPRING = new DefaultChangelog("db/changelog/db.changelog-master.yaml",
                "Spring Boot's default path");
    }
}
