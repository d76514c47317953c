package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.classpath.ProjectClassLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Quarkus application's settings as Quarkus's configuration (SmallRye Config) finds them, for the keys dbflow
 * reads: environment variables ({@code QUARKUS_DATASOURCE_JDBC_URL}, {@code _DEV_QUARKUS_...}), then
 * {@code config/application.properties} in the project directory, then on the classpath (the build output)
 * {@code application.yaml} and {@code application.properties} with its profile-aware
 * {@code application-<profile>.properties}; a profile's
 * {@code %profile.} entry wins over the plain one wherever each is. The profile is {@code -Ddbflow.profile}, else
 * {@code QUARKUS_PROFILE}, else {@code dev}: the one {@code quarkus:dev} runs the application with on a developer's
 * machine.
 */
final class QuarkusSettings implements ApplicationSettings {

    private static final String MARKER = "io/quarkus/runtime/Quarkus.class";
    private static final String DEFAULT_PROFILE = "dev";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final int MAX_NESTING = 10;

    private final List<String> profiles;
    private final boolean profilesGiven;
    private final List<QuarkusFiles.Source> sources;
    private final Map<String, String> environment;

    private QuarkusSettings(List<String> profiles, boolean profilesGiven, List<QuarkusFiles.Source> sources,
                            Map<String, String> environment) {
        this.profiles = profiles;
        this.profilesGiven = profilesGiven;
        this.sources = sources;
        this.environment = environment;
    }

    /** Returns true when {@code classpath} holds Quarkus. */
    static boolean isQuarkus(List<Path> classpath) {
        return ProjectClassLoader.holds(classpath, MARKER);
    }

    /**
     * Reads the project's Quarkus settings files.
     *
     * @throws ConfigurationException when a file is malformed
     */
    static QuarkusSettings read(ApplicationProject project) {
        String setting = project.profile() != null ? project.profile()
                : project.environment().getOrDefault("QUARKUS_PROFILE", DEFAULT_PROFILE);
        List<String> profiles = Arrays.stream(setting.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                .toList();
        boolean given = project.profile() != null || project.environment().containsKey("QUARKUS_PROFILE");
        List<Path> classpath = project.classpath().stream().filter(Files::isDirectory).toList();
        return new QuarkusSettings(profiles, given, QuarkusFiles.read(project.baseDirectory(), classpath, profiles),
                project.environment());
    }

    private record Found(String value, String place) {
    }

    private Optional<Found> find(String key) {
        for (int i = profiles.size() - 1; i >= 0; i--) {
            String profile = profiles.get(i);
            String variable = "_" + environmentName(profile) + "_" + environmentName(key);
            if (environment.containsKey(variable)) {
                return Optional.of(new Found(environment.get(variable), "environment variable " + variable));
            }
            for (QuarkusFiles.Source source : sources) {
                String value = source.profileValue(profile, key);
                if (value != null) {
                    return Optional.of(new Found(value, source.describe(profile)));
                }
            }
        }
        String variable = environmentName(key);
        if (environment.containsKey(variable)) {
            return Optional.of(new Found(environment.get(variable), "environment variable " + variable));
        }
        return sources.stream().filter(source -> source.values().containsKey(key)).findFirst()
                .map(source -> new Found(source.values().get(key), source.describe(null)));
    }

    /** The environment variable SmallRye Config reads for a key: upper case, every other character an underscore. */
    private static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    @Override
    public boolean has(String key) {
        return find(key).isPresent();
    }

    @Override
    public String value(String key, boolean secret, String other) {
        return resolve(key, secret, other, 0);
    }

    private String resolve(String key, boolean secret, String other, int nesting) {
        Found found = find(key).orElse(null);
        if (found == null) {
            return null;
        }
        if (nesting > MAX_NESTING) {
            throw new ConfigurationException(key + " in " + found.place() + " is part of a cycle of placeholders "
                    + "that refer to each other. Give one of them a value, or give " + other + ".");
        }
        Matcher matcher = PLACEHOLDER.matcher(found.value());
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            String replacement = environment.containsKey(name) ? environment.get(name)
                    : resolve(name, secret, other, nesting + 1);
            if (replacement == null && matcher.group(2) == null) {
                throw new ConfigurationException(key + " in " + found.place() + " is '"
                        + Secrets.mask(found.value(), secret ? found.value() : null) + "', but neither the environment "
                        + "variable " + environmentName(name) + " nor a setting " + name + " is set and the "
                        + "expression has no default. Set " + environmentName(name) + ", or give " + other + ".");
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement != null ? replacement
                    : matcher.group(2)));
        }
        matcher.appendTail(resolved);
        String result = resolved.toString().trim();
        return result.isEmpty() ? null : result;
    }

    @Override
    public String place(String key) {
        return find(key).map(Found::place).orElse(null);
    }

    @Override
    public List<String> keysUnder(String prefix) {
        List<String> keys = new ArrayList<>();
        for (QuarkusFiles.Source source : sources) {
            source.keys(profiles).stream().filter(key -> key.startsWith(prefix + ".") && !keys.contains(key))
                    .forEach(keys::add);
        }
        return keys.stream().sorted().toList();
    }

    @Override
    public String describe() {
        return "Quarkus application files read by dbflow, profile " + String.join(", ", profiles);
    }

    @Override
    public List<String> warnings() {
        if (!profilesGiven) {
            return List.of();
        }
        return profiles.stream().filter(profile -> sources.stream().noneMatch(source -> source.selects(profile)))
                .map(profile -> "The Quarkus profile '" + profile + "' (from -Ddbflow.profile or QUARKUS_PROFILE) has no "
                        + "%" + profile + ". entry and no application-" + profile + ".properties, so it changes none "
                        + "of the settings dbflow reads. Check its name.")
                .toList();
    }

    @Override
    public DefaultChangelog defaultChangelog() {
        return new DefaultChangelog("db/changeLog.xml", "Quarkus's default path");
    }
}
