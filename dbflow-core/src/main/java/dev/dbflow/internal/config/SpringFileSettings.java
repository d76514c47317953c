package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Spring-style application files of a project without Spring Boot on its classpath, read by dbflow itself
 * ({@link SpringProperties}): {@code src/main/resources/application.properties} or {@code .yml}, with the active
 * profiles' files and documents on top. Entries of {@code spring.jpa.properties} are found in every form Spring Boot
 * accepts and answered under their plain key.
 */
final class SpringFileSettings implements ApplicationSettings {

    private final SpringProperties files;
    private final Path baseDirectory;
    private final List<String> profiles;
    private final boolean profilesGiven;
    /** The plain key of each {@code spring.jpa.properties} entry set, and the form the file writes it in. */
    private final Map<String, String> written;

    private SpringFileSettings(SpringProperties files, Path baseDirectory, List<String> profiles,
                               boolean profilesGiven, Map<String, String> written) {
        this.files = files;
        this.baseDirectory = baseDirectory;
        this.profiles = profiles;
        this.profilesGiven = profilesGiven;
        this.written = written;
    }

    /**
     * Reads the files of the project in {@code baseDirectory}.
     *
     * @param profileSetting the {@code profile} setting (comma separated), or null for {@code SPRING_PROFILES_ACTIVE},
     *                       else {@code spring.profiles.active} in the base files
     * @throws ConfigurationException when a file is malformed
     */
    static SpringFileSettings read(Path baseDirectory, Map<String, String> environment, String profileSetting) {
        Path base = baseDirectory.toAbsolutePath();
        List<String> profiles = activeProfiles(profileSetting, environment, base);
        List<String> keys = new ArrayList<>(SettingKeys.SPRING);
        SettingKeys.DDL_KEYS.forEach(key -> keys.addAll(SettingKeys.mapEntryForms(SettingKeys.SPRING_JPA_PROPERTIES,
                key)));
        SpringProperties files = SpringProperties.read(base, profiles, keys, environment);
        Map<String, String> written = new LinkedHashMap<>();
        for (String key : SettingKeys.DDL_KEYS) {
            SettingKeys.mapEntryForms(SettingKeys.SPRING_JPA_PROPERTIES, key).stream().filter(files::has).findFirst()
                    .ifPresent(form -> written.put(SettingKeys.SPRING_JPA_PROPERTIES + "." + key, form));
        }
        boolean given = profileSetting != null || environment.containsKey("SPRING_PROFILES_ACTIVE");
        return new SpringFileSettings(files, base, profiles, given, written);
    }

    /**
     * Returns the Spring Boot profiles in order: {@code setting} (comma separated) when given, else
     * {@code SPRING_PROFILES_ACTIVE}, else {@code spring.profiles.active} in the project's base application files
     * (as Spring Boot reads it there); empty when none is.
     */
    private static List<String> activeProfiles(String setting, Map<String, String> environment, Path baseDirectory) {
        String value = setting != null ? setting : environment.get("SPRING_PROFILES_ACTIVE");
        if (value == null) {
            value = SpringProperties.read(baseDirectory, List.of(), List.of(SettingKeys.SPRING_ACTIVE_PROFILES),
                    environment).resolve(SettingKeys.SPRING_ACTIVE_PROFILES, false, "-Ddbflow.profile");
        }
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    private String form(String key) {
        return written.getOrDefault(key, key);
    }

    @Override
    public boolean has(String key) {
        return files.has(form(key));
    }

    @Override
    public String value(String key, boolean secret, String other) {
        return files.resolve(form(key), secret, other);
    }

    @Override
    public String place(String key) {
        return files.place(form(key));
    }

    @Override
    public List<String> keysUnder(String prefix) {
        return written.keySet().stream().filter(key -> key.startsWith(prefix + ".")).toList();
    }

    @Override
    public String describe() {
        return profiles.isEmpty() ? null : "application files read by dbflow (no Spring Boot on the project's "
                + "classpath), profiles " + String.join(", ", profiles);
    }

    @Override
    public List<String> warnings() {
        String from = profilesGiven ? "-Ddbflow.profile or SPRING_PROFILES_ACTIVE"
                : SettingKeys.SPRING_ACTIVE_PROFILES + " in the application files";
        return profiles.stream().filter(profile -> !SpringProperties.selects(baseDirectory, profile))
                .map(profile -> "The profile '" + profile + "' (from " + from + ") selects no application file and "
                        + "no on-profile document in src/main/resources, so it changes none of the settings dbflow "
                        + "reads. Check its name.")
                .toList();
    }

    @Override
    public DefaultChangelog defaultChangelog() {
        return DefaultChangelog.SPRING;
    }
}
