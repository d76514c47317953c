package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The files a Quarkus application's configuration comes from, most important first, as SmallRye Config ranks them:
 * {@code config/application.properties} in the working directory (ordinal 260), then on the classpath
 * {@code application.yaml} (255, with the YAML extension) and {@code application.properties} (250) after its
 * profile-aware {@code application-<profile>.properties}. A profile-aware file's entries are kept as
 * {@code %profile.} entries. The classpath is the project's build output, where the application reads them.
 */
final class QuarkusFiles {

    private static final String CLASSPATH = "classpath:";

    /**
     * One file.
     *
     * @param file   the file, relative to the project
     * @param values its entries, flattened; a profile's entries keep their {@code %profile.} prefix
     */
    record Source(String file, Map<String, String> values) {

        /** Returns {@code key}'s value for {@code profile}, or null. */
        String profileValue(String profile, String key) {
            return values.get("%" + profile + "." + key);
        }

        /** Returns the plain keys and those of the {@code profiles}' entries, unprefixed. */
        List<String> keys(List<String> profiles) {
            return values.keySet().stream().map(key -> profiles.stream().filter(p -> key.startsWith("%" + p + "."))
                    .findFirst().map(p -> key.substring(p.length() + 2)).orElse(key))
                    .filter(key -> !key.startsWith("%")).toList();
        }

        /** Returns true when {@code profile} has entries here. */
        boolean selects(String profile) {
            return values.keySet().stream().anyMatch(key -> key.startsWith("%" + profile + "."));
        }

        String describe(String profile) {
            return profile == null || file.contains("-" + profile + ".") ? file : file + " (profile " + profile + ")";
        }
    }

    private QuarkusFiles() {
    }

    /**
     * Reads the files that exist: in the project directory, and in the first of {@code classpath} that holds each.
     *
     * @param classpath the directories of the project's classpath, its build output first
     * @throws ConfigurationException  when a file is malformed
     * @throws InfrastructureException when a file cannot be read
     */
    static List<Source> read(Path baseDirectory, List<Path> classpath, List<String> profiles) {
        List<Source> sources = new ArrayList<>();
        add(sources, baseDirectory.resolve("config/application.properties"), "config/application.properties", null);
        List<String> names = new ArrayList<>(List.of("application.yaml", "application.yml"));
        for (int i = profiles.size() - 1; i >= 0; i--) {
            names.add("application-" + profiles.get(i) + ".properties");
        }
        names.add("application.properties");
        for (String name : names) {
            String profile = profiles.stream().filter(p -> name.equals("application-" + p + ".properties"))
                    .findFirst().orElse(null);
            classpath.stream().map(directory -> directory.resolve(name)).filter(Files::isRegularFile).findFirst()
                    .ifPresent(file -> add(sources, file, CLASSPATH + name, profile));
        }
        return sources;
    }

    private static void add(List<Source> sources, Path file, String name, String profile) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, String> values = name.endsWith(".properties") ? properties(file) : yaml(file);
        if (profile != null) {
            values = values.entrySet().stream().collect(Collectors.toMap(e -> "%" + profile + "." + e.getKey(),
                    Map.Entry::getValue, (a, b) -> b, LinkedHashMap::new));
        }
        sources.add(new Source(name, values));
    }

    private static Map<String, String> properties(Path file) {
        Properties properties = new Properties();
        // UTF-8: SmallRye Config reads application.properties so.
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage() + ". Check its permissions.",
                    e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("The file " + file + " is not a valid properties file: " + e.getMessage()
                    + ". Fix it: dbflow reads Quarkus's datasource, Liquibase and Hibernate ORM settings there.", e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(unquote(key), properties.getProperty(key).trim()));
        return values;
    }

    private static Map<String, String> yaml(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (document instanceof Map<?, ?> map) {
                flatten("", map, values);
            }
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage() + ". Check its permissions.",
                    e);
        } catch (YAMLException e) {
            throw new ConfigurationException("The file " + file + " is not valid YAML: " + e.getMessage()
                    .replaceAll("\\s*\\R\\s*", " ") + ". Fix it: dbflow reads Quarkus's settings there.", e);
        }
        return values;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> values) {
        map.forEach((key, value) -> {
            String name = prefix + unquote(String.valueOf(key));
            if (value instanceof Map<?, ?> child) {
                flatten(name + ".", child, values);
            } else if (value instanceof Collection<?> list) {
                values.put(name, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
            } else if (value != null) {
                values.put(name, String.valueOf(value).trim());
            }
        });
    }

    /**
     * Quarkus quotes a key segment that holds dots ({@code unsupported-properties."hibernate.order_updates"}); the
     * quotes are not part of the name dbflow asks for.
     */
    private static String unquote(String key) {
        return key.replace("\"", "");
    }
}
