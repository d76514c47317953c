package dev.dbflow.internal.config.boot;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.config.source.ApplicationEnvironment;
import dev.dbflow.internal.config.source.EnvironmentReader;
import dev.dbflow.internal.config.source.Setting;
import dev.dbflow.internal.config.source.SettingsQuery;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@link EnvironmentReader} over the Spring Boot that loaded this class: the project's own (this class is loaded
 * by an isolated class loader holding the project's classpath). It prepares the environment exactly as the
 * application's start-up does — Spring Boot's config data loading: every standard location, profiles and profile
 * groups, {@code on-profile} documents, {@code spring.config.import}, placeholders, relaxed binding of environment
 * variables — and binds the settings asked for. It uses only API that Spring Boot 3.x and 4.x share.
 */
public final class SpringBootEnvironmentReader implements EnvironmentReader {

    static final String DBFLOW_SOURCE = "dbflow";
    private static final String LOCATION = "spring.config.location";
    private static final String ACTIVE = "spring.profiles.active";
    /** The config data loader's own log (deprecated keys and the like) would print raw java.util.logging lines. */
    private static final Logger SPRING_LOG = Logger.getLogger("org.springframework");

    @Override
    public ApplicationEnvironment read(SettingsQuery query) {
        StandardEnvironment environment = environment(query);
        Level level = SPRING_LOG.getLevel();
        SPRING_LOG.setLevel(Level.SEVERE);
        try {
            ConfigDataEnvironmentPostProcessor.applyTo(environment);
        } catch (RuntimeException e) {
            throw new ConfigurationException(library() + " cannot read the application's settings"
                    + lastFile() + ": " + SettingOrigins.reasons(e) + ". Fix the file or setting named there: dbflow reads the "
                    + "application's settings the way the application does at start-up.", e);
        } finally {
            SPRING_LOG.setLevel(level);
        }
        SettingOrigins origins = new SettingOrigins(query.baseDirectory());
        Binder binder = Binder.get(environment);
        Map<String, Setting> settings = new HashMap<>();
        for (String key : query.keys()) {
            value(binder, origins, key).ifPresent(setting -> settings.put(key, setting));
        }
        value(binder, origins, ACTIVE).ifPresent(setting -> settings.put(ACTIVE, setting));
        for (String map : query.maps()) {
            Map<String, String> entries = binder.bind(map, Bindable.mapOf(String.class, String.class),
                    origins.recorder()).orElse(Map.of());
            entries.forEach((key, value) -> settings.put(map + "." + key,
                    new Setting(value, origins.of(map, key))));
        }
        List<String> active = Arrays.asList(environment.getActiveProfiles());
        return new ApplicationEnvironment(library(), active, settings,
                new ProfileMatches(environment, binder).unmatched(requested(settings)));
    }

    /**
     * The application's environment before its config data is loaded: the process environment (no system
     * properties: those of the build are not the application's), the standard locations with {@code file:./} taken
     * from the project directory, and the profiles dbflow was given over the application's own.
     */
    private static StandardEnvironment environment(SettingsQuery query) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(query.environment())));
        Map<String, Object> dbflow = new HashMap<>();
        if (!query.environment().containsKey("SPRING_CONFIG_LOCATION")) {
            String directory = query.baseDirectory().toAbsolutePath() + "/";
            // Spring Boot's default search locations, with the working directory the application would run in.
            dbflow.put(LOCATION, "optional:classpath:/;optional:classpath:/config/,optional:file:" + directory
                    + ";optional:file:" + directory + "config/;optional:file:" + directory + "config/*/");
        }
        if (query.profiles() != null) {
            dbflow.put(ACTIVE, query.profiles());
        }
        sources.addFirst(new MapPropertySource(DBFLOW_SOURCE, dbflow));
        return environment;
    }

    /** Binds a single value; a list (YAML sequence or {@code key[0]}) is joined with commas, as Spring Boot does. */
    private static Optional<Setting> value(Binder binder, SettingOrigins origins, String key) {
        Optional<Setting> single = Optional.ofNullable(binder.bind(key, Bindable.of(String.class), origins.recorder())
                .map(value -> new Setting(value, origins.of(key))).orElse(null));
        if (single.isPresent()) {
            return single;
        }
        return Optional.ofNullable(binder.bind(key, Bindable.listOf(String.class), origins.recorder())
                .map(values -> new Setting(String.join(",", values), origins.of(key))).orElse(null));
    }

    private static List<String> requested(Map<String, Setting> settings) {
        Setting active = settings.get(ACTIVE);
        return active == null ? List.of() : Arrays.stream(active.value().split(","))
                .map(String::trim).filter(profile -> !profile.isEmpty()).toList();
    }

    /**
     * Names the settings file read last, for a failure whose message does not (a YAML parser's names no file). The
     * class loader that loaded this reader knows it: it hands out the application's resources.
     */
    private String lastFile() {
        return getClass().getClassLoader() instanceof Supplier<?> last && last.get() != null
                ? " (reading classpath:" + last.get() + ")" : "";
    }

    private static String library() {
        String version = SpringBootVersion.getVersion();
        return "Spring Boot" + (version == null ? "" : " " + version);
    }
}
