package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Hibernate settings a Spring Boot application runs with that change the DDL Hibernate derives: its naming
 * strategies ({@code spring.jpa.hibernate.naming.*}), dialect ({@code spring.jpa.database-platform}) and the
 * {@code spring.jpa.properties.hibernate.*} keys that decide types, names and quoting. Settings that would make
 * Hibernate connect or run DDL (connection, {@code hbm2ddl}) are never read.
 *
 * @param settings the settings as Hibernate keys, sorted
 * @param sources  for each key, the Spring Boot key and file it came from, for the log
 */
public record SpringJpaSettings(Map<String, String> settings, Map<String, String> sources) {

    private static final String PROPERTIES = "spring.jpa.properties.";

    /** Spring Boot keys with their own name, and the Hibernate key each fills. */
    private static final Map<String, String> SPRING_KEYS = Map.of(
            "spring.jpa.hibernate.naming.physical-strategy", "hibernate.physical_naming_strategy",
            "spring.jpa.hibernate.naming.implicit-strategy", "hibernate.implicit_naming_strategy",
            "spring.jpa.database-platform", "hibernate.dialect");

    /** The Hibernate settings that shape the mapping's DDL, as an application passes them in spring.jpa.properties. */
    private static final List<String> DDL_KEYS = List.of(
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

    /**
     * Reads the settings of the project in {@code baseDirectory}. The Spring Boot key with its own name wins over the
     * same setting in {@code spring.jpa.properties}, as in Spring Boot.
     *
     * @param profileSetting the {@code profile} setting, or null for {@code SPRING_PROFILES_ACTIVE}
     * @throws ConfigurationException when an application file is malformed or a placeholder names an unset variable
     *                                without a default
     */
    public static SpringJpaSettings read(Path baseDirectory, Map<String, String> environment, String profileSetting) {
        List<String> keys = new ArrayList<>(SPRING_KEYS.keySet());
        DDL_KEYS.forEach(key -> keys.addAll(forms(key)));
        SpringProperties spring = SpringProperties.read(baseDirectory.toAbsolutePath(),
                TargetSettings.activeProfiles(profileSetting, environment, baseDirectory), keys, environment);
        Map<String, String> settings = new TreeMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String key : DDL_KEYS) {
            forms(key).stream().filter(spring::has).findFirst()
                    .ifPresent(springKey -> put(spring, springKey, key, settings, sources));
        }
        SPRING_KEYS.forEach((springKey, key) -> put(spring, springKey, key, settings, sources));
        return new SpringJpaSettings(settings, sources);
    }

    /**
     * The ways an application file writes a {@code spring.jpa.properties} key: plain, and in Spring Boot's bracket
     * notation, which keeps the dots of the Hibernate key ({@code spring.jpa.properties[hibernate.x]} in a properties
     * file, {@code "[hibernate.x]":} under {@code properties:} in YAML).
     */
    private static List<String> forms(String key) {
        return List.of(PROPERTIES + key, "spring.jpa.properties[" + key + "]", PROPERTIES + "[" + key + "]");
    }

    private static void put(SpringProperties spring, String springKey, String key, Map<String, String> settings,
                            Map<String, String> sources) {
        String value = spring.resolve(springKey, false, "the setting in the application file");
        if (value != null) {
            settings.put(key, value);
            sources.put(key, springKey + " in " + spring.place(springKey));
        }
    }

    /** Returns true when the application sets none of them. */
    public boolean isEmpty() {
        return settings.isEmpty();
    }
}
