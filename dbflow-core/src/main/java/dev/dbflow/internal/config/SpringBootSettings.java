package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.config.source.ApplicationEnvironment;
import dev.dbflow.internal.config.source.Setting;
import dev.dbflow.internal.config.source.SettingsQuery;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings as the project's own Spring Boot resolved them ({@link ProjectSpringBoot}): a snapshot of the keys
 * dbflow reads ({@link SettingKeys}), taken once.
 */
final class SpringBootSettings implements ApplicationSettings {

    /** A placeholder Spring Boot could not resolve stays as written; Spring Boot's start-up would fail on it. */
    private static final Pattern UNRESOLVED = Pattern.compile("\\$\\{([^}:]+)}");

    private final ApplicationEnvironment environment;
    private final String profileSetting;

    private SpringBootSettings(ApplicationEnvironment environment, String profileSetting) {
        this.environment = environment;
        this.profileSetting = profileSetting;
    }

    /**
     * Reads the settings with the project's Spring Boot.
     *
     * @throws ConfigurationException when Spring Boot cannot read them
     */
    static SpringBootSettings read(ApplicationProject project) {
        return new SpringBootSettings(ProjectSpringBoot.read(project.classpath(), new SettingsQuery(
                project.baseDirectory(), project.environment(), project.profile(), SettingKeys.SPRING,
                List.of(SettingKeys.SPRING_JPA_PROPERTIES))), project.profile());
    }

    @Override
    public boolean has(String key) {
        return environment.settings().containsKey(key);
    }

    @Override
    public String value(String key, boolean secret, String other) {
        Setting setting = environment.settings().get(key);
        if (setting == null || setting.value().isEmpty()) {
            return null;
        }
        Matcher unresolved = UNRESOLVED.matcher(setting.value());
        if (unresolved.find()) {
            String name = unresolved.group(1).trim();
            String variable = name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
            throw new ConfigurationException(key + " in " + setting.origin() + " is '"
                    + Secrets.mask(setting.value(), secret ? setting.value() : null) + "', but neither the environment "
                    + "variable " + variable + " nor a setting " + name + " is set and the placeholder has no default, "
                    + "so the application would not start either. Set " + variable + ", or give " + other + ".");
        }
        return setting.value();
    }

    @Override
    public String place(String key) {
        Setting setting = environment.settings().get(key);
        return setting == null ? null : setting.origin();
    }

    @Override
    public List<String> keysUnder(String prefix) {
        return environment.settings().keySet().stream().filter(key -> key.startsWith(prefix + ".")).sorted().toList();
    }

    @Override
    public String describe() {
        return environment.library() + " (the project's)" + (environment.activeProfiles().isEmpty()
                ? ", no profile active" : ", profiles " + String.join(", ", environment.activeProfiles()));
    }

    @Override
    public List<String> warnings() {
        String from = profileSetting != null ? "-Ddbflow.profile" : place(SettingKeys.SPRING_ACTIVE_PROFILES);
        return environment.unmatchedProfiles().stream().map(profile -> "The Spring profile '" + profile
                + "' (from " + from + ") selects no application file and no on-profile document, so it changes "
                + "none of the settings dbflow reads. Check its name; the application's own beans may still use it.")
                .toList();
    }

    @Override
    public boolean readsPersistenceXml() {
        return false;
    }

    @Override
    public DefaultChangelog defaultChangelog() {
        return DefaultChangelog.SPRING;
    }
}
