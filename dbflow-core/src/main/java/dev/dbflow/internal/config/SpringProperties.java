package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Boot settings as a project declares them in {@code src/main/resources/application.properties} or
 * {@code application.yml}/{@code .yaml}, with the active profiles' {@code application-<profile>} files and
 * {@code spring.config.activate.on-profile} documents on top. Only the keys asked for are kept.
 */
final class SpringProperties {

    /** Spring Boot lets application.properties win over application.yml in the same place. */
    private static final List<String> EXTENSIONS = List.of(".properties", ".yml", ".yaml");
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    /** One place a value may come from: a file, and for a YAML file the profile its documents are activated on. */
    private record Source(String file, String profile) {
        String describe() {
            return RESOURCES + file + (profile == null ? "" : " (profile " + profile + ")");
        }
    }

    /** Deeper nesting than this is taken for a cycle ({@code a=${b}}, {@code b=${a}}). */
    private static final int MAX_NESTING = 10;

    private final Path baseDirectory;
    private final List<String> profiles;
    private final Map<String, String> environment;
    private final Map<String, String> values;
    private final Map<String, String> places;

    private SpringProperties(Path baseDirectory, List<String> profiles, Map<String, String> environment,
                             Map<String, String> values, Map<String, String> places) {
        this.baseDirectory = baseDirectory;
        this.profiles = profiles;
        this.environment = environment;
        this.values = values;
        this.places = places;
    }

    /**
     * Reads {@code keys} from the project in {@code baseDirectory}. Each key is taken from the first place that has
     * it, in Spring Boot's order: the environment variable Spring Boot maps to it ({@code SPRING_DATASOURCE_URL});
     * for each active profile, last first, its {@code application-<profile>} files, then the documents of
     * {@code application.yml} activated on it; then the base files.
     *
     * @param profiles    the active profiles, in order (the last wins)
     * @param keys        the full keys, e.g. {@code spring.datasource.url}
     * @param environment the process environment, for those variables and for placeholders
     * @throws ConfigurationException  when a file is malformed
     * @throws InfrastructureException when a file exists but cannot be read
     */
    static SpringProperties read(Path baseDirectory, List<String> profiles, List<String> keys,
                                 Map<String, String> environment) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> places = new HashMap<>();
        for (String key : keys) {
            String variable = environmentName(key);
            if (environment.containsKey(variable)) {
                values.put(key, environment.get(variable).trim());
                places.put(key, "environment variable " + variable);
            }
        }
        for (Source source : sources(profiles)) {
            Path file = baseDirectory.resolve(RESOURCES + source.file());
            if (Files.isRegularFile(file)) {
                Map<String, String> read = source.file().endsWith(".properties") ? readProperties(file, keys)
                        : readYaml(file, source.profile(), keys);
                read.forEach((key, value) -> {
                    if (values.putIfAbsent(key, value) == null) {
                        places.put(key, source.describe());
                    }
                });
            }
        }
        return new SpringProperties(baseDirectory, List.copyOf(profiles), environment, values, places);
    }

    /**
     * Returns true when {@code profile} selects something in the project's files: an {@code application-<profile>}
     * file, or a document of {@code application.yml} activated on it.
     *
     * @throws ConfigurationException when a YAML file is malformed
     */
    static boolean selects(Path baseDirectory, String profile) {
        for (Source source : sources(List.of(profile))) {
            Path file = baseDirectory.resolve(RESOURCES + source.file());
            if (Files.isRegularFile(file) && (source.profile() == null || yamlSelects(file, profile))) {
                return true;
            }
        }
        return false;
    }

    private static boolean yamlSelects(Path file, String profile) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document instanceof Map<?, ?> map && profile.equals(activatedOn(map))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (YAMLException e) {
            throw malformed(file, e);
        }
    }

    /** Returns true when some file sets {@code key}. */
    boolean has(String key) {
        return values.containsKey(key);
    }

    /** Returns the file (and profile), or the environment variable, {@code key} came from, for messages. */
    String place(String key) {
        return places.get(key);
    }

    /**
     * Returns {@code key}'s value with {@code ${NAME}} and {@code ${NAME:default}} resolved as Spring Boot resolves
     * them: against the environment, else against the other settings of the same files; or null when unset or empty.
     *
     * @param secret true for a password: the message of an unresolved placeholder masks the value
     * @param other  the other way to give the setting, for that message, e.g. {@code -Ddbflow.url}
     * @throws ConfigurationException when a placeholder names neither a set variable nor a setting and has no
     *                                default, or placeholders refer to each other in a cycle
     */
    String resolve(String key, boolean secret, String other) {
        return resolve(key, secret, other, 0);
    }

    private String resolve(String key, boolean secret, String other, int nesting) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        if (nesting > MAX_NESTING) {
            throw new ConfigurationException(key + " in " + places.get(key) + " is part of a cycle of placeholders "
                    + "that refer to each other. Give one of them a value, or give " + other + ".");
        }
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            String variable = environment.containsKey(name) ? name : environmentName(name);
            String replacement = environment.containsKey(variable) ? environment.get(variable)
                    : read(baseDirectory, profiles, List.of(name), environment).resolve(name, secret, other,
                    nesting + 1);
            if (replacement == null && matcher.group(2) == null) {
                throw new ConfigurationException(key + " in " + places.get(key) + " is '"
                        + Secrets.mask(value, secret ? value : null) + "', but neither the environment variable "
                        + variable + " nor a setting " + name + " is set and the placeholder has no default. Set "
                        + variable + ", or give " + other + ".");
            }
            String chosen = replacement != null ? replacement : matcher.group(2);
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(chosen));
        }
        matcher.appendTail(resolved);
        String result = resolved.toString();
        return result.isEmpty() ? null : result;
    }

    /** The environment variable Spring Boot reads for a dotted key: {@code app.db-url} is {@code APP_DBURL}. */
    private static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }

    private static List<Source> sources(List<String> profiles) {
        List<Source> sources = new ArrayList<>();
        for (int i = profiles.size() - 1; i >= 0; i--) {
            String profile = profiles.get(i);
            EXTENSIONS.forEach(extension -> sources.add(new Source("application-" + profile + extension, null)));
            sources.add(new Source("application.yml", profile));
            sources.add(new Source("application.yaml", profile));
        }
        EXTENSIONS.forEach(extension -> sources.add(new Source("application" + extension, null)));
        return sources;
    }

    private static Map<String, String> readProperties(Path file, List<String> keys) {
        Properties properties = new Properties();
        // ISO-8859-1, the encoding Spring Boot reads application.properties with.
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("The file " + file + " is not a valid properties file: "
                    + e.getMessage() + ". Fix it: dbflow reads Spring Boot's datasource, Liquibase and JPA settings there.",
                    e);
        }
        Map<String, String> values = new HashMap<>();
        for (String key : keys) {
            String value = properties.getProperty(key);
            if (value != null) {
                values.put(key, value.trim());
            }
        }
        return values;
    }

    /** Reads the documents of {@code file} activated on {@code profile}, or those activated on none for null. */
    private static Map<String, String> readYaml(Path file, String profile, List<String> keys) {
        Map<String, String> values = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document instanceof Map<?, ?> map && Objects.equals(activatedOn(map), profile)) {
                    // Later documents override earlier ones, as in Spring Boot.
                    for (String key : keys) {
                        Object value = lookup(map, key);
                        if (value != null) {
                            values.put(key, String.valueOf(value).trim());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (YAMLException e) {
            throw malformed(file, e);
        }
        return values;
    }

    private static ConfigurationException malformed(Path file, YAMLException e) {
        String line = e instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                ? " at line " + (marked.getProblemMark().getLine() + 1) : "";
        String problem = e instanceof MarkedYAMLException marked ? marked.getProblem() : e.getMessage();
        return new ConfigurationException("The file " + file + " is not valid YAML" + line + ": " + problem
                + ". Fix it: dbflow reads Spring Boot's datasource, Liquibase and JPA settings there.", e);
    }

    /** The profile a YAML document is activated on (Spring Boot 2.4+ key, else the older one), or null. */
    private static String activatedOn(Map<?, ?> document) {
        Object profile = lookup(document, "spring.config.activate.on-profile");
        if (profile == null) {
            profile = lookup(document, "spring.profiles");
        }
        // spring: profiles: {active: dev} (or include, group) configures profiles; it activates the document on none.
        return profile == null || profile instanceof Map ? null : String.valueOf(profile).trim();
    }

    /**
     * Finds a dotted key in nested maps, where any part of the path may itself be written dotted
     * ({@code spring: datasource: url:}, {@code spring.datasource.url:} or {@code spring: datasource.url:}).
     */
    private static Object lookup(Map<?, ?> map, String dottedKey) {
        if (map.containsKey(dottedKey)) {
            return map.get(dottedKey);
        }
        for (int dot = dottedKey.indexOf('.'); dot > 0; dot = dottedKey.indexOf('.', dot + 1)) {
            if (map.get(dottedKey.substring(0, dot)) instanceof Map<?, ?> child) {
                Object value = lookup(child, dottedKey.substring(dot + 1));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static InfrastructureException unreadable(Path file, IOException e) {
        return new InfrastructureException("Cannot read " + file + ": " + e.getMessage()
                + ". Check its permissions.", e);
    }
}
