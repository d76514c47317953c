package dev.dbflow.internal.config;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The application settings dbflow reads, by framework: those that say where the database, the changelog and its
 * changesets are, and those that shape the DDL Hibernate derives. An application's settings library is asked for
 * exactly these; nothing else of the application's configuration is read.
 */
final class SettingKeys {

    static final String SPRING_URL = "spring.datasource.url";
    static final String SPRING_USERNAME = "spring.datasource.username";
    static final String SPRING_PASSWORD = "spring.datasource.password";
    static final String SPRING_CHANGELOG = "spring.liquibase.change-log";
    static final String SPRING_CONTEXTS = "spring.liquibase.contexts";
    /** Spring Boot 3's key; {@link #SPRING_OLD_LABELS} is the one of Spring Boot 2. */
    static final String SPRING_LABELS = "spring.liquibase.label-filter";
    static final String SPRING_OLD_LABELS = "spring.liquibase.labels";
    static final String SPRING_DEFAULT_SCHEMA = "spring.liquibase.default-schema";
    static final String SPRING_ACTIVE_PROFILES = "spring.profiles.active";
    /** The map Spring Boot hands to Hibernate as it is. */
    static final String SPRING_JPA_PROPERTIES = "spring.jpa.properties";

    static final String QUARKUS_URL = "quarkus.datasource.jdbc.url";
    static final String QUARKUS_USERNAME = "quarkus.datasource.username";
    static final String QUARKUS_PASSWORD = "quarkus.datasource.password";
    static final String QUARKUS_CHANGELOG = "quarkus.liquibase.change-log";
    static final String QUARKUS_CONTEXTS = "quarkus.liquibase.contexts";
    static final String QUARKUS_LABELS = "quarkus.liquibase.labels";
    static final String QUARKUS_DEFAULT_SCHEMA = "quarkus.liquibase.default-schema-name";
    /** Quarkus's pass-through for Hibernate settings it has no key of its own for. */
    static final String QUARKUS_UNSUPPORTED = "quarkus.hibernate-orm.unsupported-properties";

    /** Spring Boot keys with their own name, and the Hibernate setting each fills. */
    static final Map<String, String> SPRING_JPA_KEYS = Map.of(
            "spring.jpa.hibernate.naming.physical-strategy", "hibernate.physical_naming_strategy",
            "spring.jpa.hibernate.naming.implicit-strategy", "hibernate.implicit_naming_strategy",
            "spring.jpa.database-platform", "hibernate.dialect");

    /**
     * Quarkus keys, and the Hibernate setting each fills (from Quarkus's Hibernate ORM extension, which copies each
     * to that setting when it is set, and sets nothing when it is not).
     */
    static final Map<String, String> QUARKUS_JPA_KEYS = Map.ofEntries(
            Map.entry("quarkus.hibernate-orm.physical-naming-strategy", "hibernate.physical_naming_strategy"),
            Map.entry("quarkus.hibernate-orm.implicit-naming-strategy", "hibernate.implicit_naming_strategy"),
            Map.entry("quarkus.hibernate-orm.dialect", "hibernate.dialect"),
            Map.entry("quarkus.hibernate-orm.database.default-schema", "hibernate.default_schema"),
            Map.entry("quarkus.hibernate-orm.database.globally-quoted-identifiers",
                    "hibernate.globally_quoted_identifiers"),
            Map.entry("quarkus.hibernate-orm.mapping.timezone.default-storage", "hibernate.timezone.default_storage"),
            Map.entry("quarkus.hibernate-orm.mapping.id.optimizer.default", "hibernate.id.optimizer.pooled.preferred"),
            Map.entry("quarkus.hibernate-orm.mapping.instant.preferred-jdbc-type",
                    "hibernate.type.preferred_instant_jdbc_type"),
            Map.entry("quarkus.hibernate-orm.mapping.duration.preferred-jdbc-type",
                    "hibernate.type.preferred_duration_jdbc_type"),
            Map.entry("quarkus.hibernate-orm.mapping.boolean.preferred-jdbc-type",
                    "hibernate.type.preferred_boolean_jdbc_type"),
            Map.entry("quarkus.hibernate-orm.mapping.uuid.preferred-jdbc-type",
                    "hibernate.type.preferred_uuid_jdbc_type"));

    /** Quarkus's identifier quoting, which sets up to two Hibernate settings. */
    static final String QUARKUS_QUOTING = "quarkus.hibernate-orm.quote-identifiers.strategy";

    /** The Hibernate settings that shape the mapping's DDL, as an application passes them to Hibernate. */
    static final List<String> DDL_KEYS = List.of(
            "hibernate.physical_naming_strategy", "hibernate.implicit_naming_strategy", "hibernate.dialect",
            "hibernate.default_schema", "hibernate.globally_quoted_identifiers",
            "hibernate.globally_quoted_identifiers_skip_column_definitions", "hibernate.auto_quote_keyword",
            "hibernate.type.preferred_instant_jdbc_type", "hibernate.type.preferred_uuid_jdbc_type",
            "hibernate.type.preferred_boolean_jdbc_type", "hibernate.type.preferred_duration_jdbc_type",
            "hibernate.type.java_time_use_direct_jdbc", "hibernate.type.wrapper_array_handling",
            "hibernate.type.prefer_native_enum_types", "hibernate.timezone.default_storage",
            "hibernate.use_nationalized_character_data", "hibernate.id.db_structure_naming_strategy",
            "hibernate.id.optimizer.pooled.preferred", "hibernate.column_ordering_strategy",
            "hibernate.jpa.compliance.global_id_generators");

    /** The Spring Boot settings, {@link #SPRING_JPA_PROPERTIES} aside (a map, read whole). */
    static final List<String> SPRING = Stream.concat(Stream.of(SPRING_URL, SPRING_USERNAME, SPRING_PASSWORD,
            SPRING_CHANGELOG, SPRING_CONTEXTS, SPRING_LABELS, SPRING_OLD_LABELS, SPRING_DEFAULT_SCHEMA,
            SPRING_ACTIVE_PROFILES), SPRING_JPA_KEYS.keySet().stream()).toList();

    /** The Quarkus settings, the pass-through map aside. */
    static final List<String> QUARKUS = Stream.concat(Stream.of(QUARKUS_URL, QUARKUS_USERNAME, QUARKUS_PASSWORD,
            QUARKUS_CHANGELOG, QUARKUS_CONTEXTS, QUARKUS_LABELS, QUARKUS_DEFAULT_SCHEMA, QUARKUS_QUOTING),
            QUARKUS_JPA_KEYS.keySet().stream()).toList();

    private SettingKeys() {
    }

    /**
     * The ways an application file writes an entry of a map setting whose keys hold dots: plain, and in Spring Boot's
     * bracket notation, which keeps the dots ({@code spring.jpa.properties[hibernate.x]} in a properties file,
     * {@code "[hibernate.x]":} under {@code properties:} in YAML).
     */
    static List<String> mapEntryForms(String map, String key) {
        return List.of(map + "." + key, map + "[" + key + "]", map + ".[" + key + "]");
    }
}
