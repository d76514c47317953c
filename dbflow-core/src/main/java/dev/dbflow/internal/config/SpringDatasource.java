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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Boot's {@code spring.datasource.url/username/password} as a project declares them in
 * {@code src/main/resources/application.properties} or {@code application.yml}/{@code .yaml}, with the active
 * profiles' {@code application-<profile>} files and {@code spring.config.activate.on-profile} documents on top.
 *
 * @param url      the URL with placeholders resolved
 * @param username the user name, or null
 * @param password the password, or null; never printed
 * @param source   which key of which file the URL came from, for messages
 */
record SpringDatasource(String url, String username, String password, String source) {

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

    /**
     * Reads the datasource settings of the project in {@code baseDirectory}. Each key is taken from the first
     * place that has it, in Spring Boot's order: for each active profile, last first, its
     * {@code application-<profile>} files, then the documents of {@code application.yml} activated on it; then the
     * base files.
     *
     * @param profiles the active profiles, in order (the last wins)
     * @return the settings, empty when no file sets {@code spring.datasource.url} or it is empty
     * @throws ConfigurationException  when a file is malformed or a placeholder names an unset variable
     *                                 without a default
     * @throws InfrastructureException when a file exists but cannot be read
     */
    static Optional<SpringDatasource> read(Path baseDirectory, Map<String, String> environment, List<String> profiles) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> places = new HashMap<>();
        for (Source source : sources(profiles)) {
            Path file = baseDirectory.resolve(RESOURCES + source.file());
            if (Files.isRegularFile(file)) {
                Map<String, String> read = source.file().endsWith(".properties") ? readProperties(file)
                        : readYaml(file, source.profile());
                read.forEach((key, value) -> {
                    if (values.putIfAbsent(key, value) == null) {
                        places.put(key, source.describe());
                    }
                });
            }
        }
        String url = values.containsKey("url") ? resolve("url", values, places, environment) : null;
        if (url == null) {
            // An empty spring.datasource.url (e.g. left for an environment to fill) names no database.
            return Optional.empty();
        }
        return Optional.of(new SpringDatasource(url,
                resolve("username", values, places, environment), resolve("password", values, places, environment),
                "spring.datasource.url in " + places.get("url")));
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

    private static Map<String, String> readProperties(Path file) {
        Properties properties = new Properties();
        // ISO-8859-1, the encoding Spring Boot reads application.properties with.
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("The file " + file + " is not a valid properties file: "
                    + e.getMessage() + ". Fix it, or give the target database with -Ddbflow.url.", e);
        }
        Map<String, String> values = new HashMap<>();
        for (String key : List.of("url", "username", "password")) {
            String value = properties.getProperty("spring.datasource." + key);
            if (value != null) {
                values.put(key, value.trim());
            }
        }
        return values;
    }

    /** Reads the documents of {@code file} activated on {@code profile}, or those activated on none for null. */
    private static Map<String, String> readYaml(Path file, String profile) {
        Map<String, String> values = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document instanceof Map<?, ?> map && Objects.equals(activatedOn(map), profile)) {
                    // Later documents override earlier ones, as in Spring Boot.
                    for (String key : List.of("url", "username", "password")) {
                        Object value = lookup(map, "spring.datasource." + key);
                        if (value != null) {
                            values.put(key, String.valueOf(value).trim());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (YAMLException e) {
            String line = e instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                    ? " at line " + (marked.getProblemMark().getLine() + 1) : "";
            String problem = e instanceof MarkedYAMLException marked ? marked.getProblem() : e.getMessage();
            throw new ConfigurationException("The file " + file + " is not valid YAML" + line + ": " + problem
                    + ". Fix it, or give the target database with -Ddbflow.url.", e);
        }
        return values;
    }

    /** The profile a YAML document is activated on (Spring Boot 2.4+ key, else the older one), or null. */
    private static String activatedOn(Map<?, ?> document) {
        Object profile = lookup(document, "spring.config.activate.on-profile");
        if (profile == null) {
            profile = lookup(document, "spring.profiles");
        }
        return profile == null ? null : String.valueOf(profile).trim();
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

    /** Resolves {@code ${NAME}} and {@code ${NAME:default}} in one key's value against the environment. */
    private static String resolve(String key, Map<String, String> values, Map<String, String> places,
                                  Map<String, String> environment) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            String replacement = environment.get(name);
            if (replacement == null && matcher.group(2) == null) {
                throw new ConfigurationException("spring.datasource." + key + " in " + places.get(key)
                        + " is '" + Secrets.mask(value, key.equals("password") ? value : null)
                        + "', but the environment variable " + name + " is not set and the placeholder has no "
                        + "default. Set " + name + ", or give the target database with -Ddbflow.url.");
            }
            String chosen = replacement != null ? replacement : matcher.group(2);
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(chosen));
        }
        matcher.appendTail(resolved);
        String result = resolved.toString();
        return result.isEmpty() ? null : result;
    }

    private static InfrastructureException unreadable(Path file, IOException e) {
        return new InfrastructureException("Cannot read " + file + ": " + e.getMessage()
                + ". Check its permissions, or give the target database with -Ddbflow.url.", e);
    }

    @Override
    public String toString() {
        return "SpringDatasource[" + Secrets.maskUrls(url) + ", user " + username + ", from " + source + "]";
    }
}
