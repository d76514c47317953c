package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Hibernate settings the application runs with that change the DDL Hibernate derives ({@link SettingKeys#DDL_KEYS}:
 * naming strategies, dialect, default schema, quoting, preferred JDBC types), from where the application gives them:
 * Spring Boot's {@code spring.jpa.hibernate.naming.*}, {@code spring.jpa.database-platform} and
 * {@code spring.jpa.properties}; Quarkus's {@code quarkus.hibernate-orm.*}; a plain JPA application's
 * {@code META-INF/persistence.xml}. Settings that would make Hibernate connect or run DDL are never read.
 *
 * @param settings the settings as Hibernate keys, sorted
 * @param sources  for each key, where it came from, for the log; sorted by key like the settings
 */
public record HibernateSettings(Map<String, String> settings, Map<String, String> sources) {

    private static final String OTHER = "the setting in the application's settings";

    /**
     * Reads the settings. A Spring Boot key with its own name wins over the same setting in
     * {@code spring.jpa.properties}, as in Spring Boot; {@code persistence.xml} counts only where no framework
     * setting is given (Spring Boot ignores it).
     *
     * @param persistenceXml the project's persistence units, or {@link PersistenceXml#NONE}
     * @throws ConfigurationException when a placeholder cannot be resolved
     */
    public static HibernateSettings read(ApplicationSettings application, PersistenceXml persistenceXml) {
        Map<String, String> settings = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        for (String key : SettingKeys.DDL_KEYS) {
            put(application, SettingKeys.SPRING_JPA_PROPERTIES + "." + key, key, settings, sources);
            put(application, SettingKeys.QUARKUS_UNSUPPORTED + "." + key, key, settings, sources);
        }
        SettingKeys.SPRING_JPA_KEYS.forEach((springKey, key) -> put(application, springKey, key, settings, sources));
        SettingKeys.QUARKUS_JPA_KEYS.forEach((quarkusKey, key) -> put(application, quarkusKey, key, settings, sources));
        quoting(application, settings, sources);
        if (settings.isEmpty() && application.readsPersistenceXml()) {
            persistenceXml.properties().forEach((key, value) -> {
                if (SettingKeys.DDL_KEYS.contains(key)) {
                    settings.put(key, value);
                    sources.put(key, persistenceXml.describe());
                }
            });
        }
        return new HibernateSettings(settings, sources);
    }

    private static void put(ApplicationSettings application, String applicationKey, String key,
                            Map<String, String> settings, Map<String, String> sources) {
        String value = application.value(applicationKey, false, OTHER);
        if (value != null) {
            settings.put(key, quarkusValue(key, applicationKey, value));
            sources.put(key, applicationKey + " in " + application.place(applicationKey));
        }
    }

    /**
     * Quarkus takes its enum settings in its own spelling ({@code normalize-utc}) and hands Hibernate the spelling
     * Hibernate reads ({@code NORMALIZE_UTC}; for the optimizer, {@code pooled-lo}).
     */
    private static String quarkusValue(String key, String applicationKey, String value) {
        if (!applicationKey.startsWith("quarkus.hibernate-orm.mapping.")) {
            return value;
        }
        if (key.equals("hibernate.timezone.default_storage")) {
            return value.toUpperCase(Locale.ROOT).replace('-', '_');
        }
        if (key.equals("hibernate.id.optimizer.pooled.preferred")) {
            return value.toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return value;
    }

    /** Quarkus's {@code quote-identifiers.strategy}, which stands for up to two Hibernate settings. */
    private static void quoting(ApplicationSettings application, Map<String, String> settings,
                                Map<String, String> sources) {
        String strategy = application.value(SettingKeys.QUARKUS_QUOTING, false, OTHER);
        if (strategy == null) {
            return;
        }
        String source = SettingKeys.QUARKUS_QUOTING + " in " + application.place(SettingKeys.QUARKUS_QUOTING);
        switch (strategy.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "all" -> quoted(settings, sources, source, "hibernate.globally_quoted_identifiers");
            case "all-except-column-definitions" -> {
                quoted(settings, sources, source, "hibernate.globally_quoted_identifiers");
                quoted(settings, sources, source, "hibernate.globally_quoted_identifiers_skip_column_definitions");
            }
            case "only-keywords" -> quoted(settings, sources, source, "hibernate.auto_quote_keyword");
            case "none" -> {
            }
            default -> throw new ConfigurationException(source + " is '" + strategy + "', which Quarkus does not "
                    + "know: use none, all, all-except-column-definitions or only-keywords.");
        }
    }

    private static void quoted(Map<String, String> settings, Map<String, String> sources, String source, String key) {
        settings.put(key, "true");
        sources.put(key, source);
    }

    /** Returns true when the application sets none of them. */
    public boolean isEmpty() {
        return settings.isEmpty();
    }
}
