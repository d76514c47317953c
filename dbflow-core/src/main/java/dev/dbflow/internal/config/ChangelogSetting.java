package dev.dbflow.internal.config;

import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.ConfigurationException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which master changelog a project uses, and which of its changesets ({@link #filter}): the changelog the application
 * runs, found where the application names it, in this order: the {@code changelog} parameter; Spring Boot's
 * {@code spring.liquibase.change-log}; the {@code changeLogFile} of the project's liquibase-maven-plugin; Quarkus's
 * {@code quarkus.liquibase.change-log}; the framework's default path. A path in the application's settings is on its
 * classpath ({@code classpath:db/master.yaml}, with or without the prefix or a leading slash, under the resources;
 * {@code file:path} relative to the project).
 */
public final class ChangelogSetting {

    private static final String OTHER = "the changelog with -Ddbflow.changelog";
    /** The liquibase-maven-plugin's name for each Spring Boot setting. */
    private static final Map<String, String> PLUGIN_NAMES = Map.of(SettingKeys.SPRING_CONTEXTS, "contexts",
            SettingKeys.SPRING_LABELS, "labelFilter", SettingKeys.SPRING_DEFAULT_SCHEMA, "defaultSchemaName");

    /**
     * The master changelog and where the choice came from.
     *
     * @param file   the master changelog, absolute
     * @param source e.g. {@code parameter changelog}, {@code spring.liquibase.change-log in classpath:application.yml},
     *               {@code changeLogFile of the liquibase-maven-plugin in pom.xml}, {@code Spring Boot's default path}
     */
    public record Resolved(Path file, String source) {
    }

    /**
     * The contexts and labels that select changesets, and for the log where they came from.
     *
     * @param filter   the contexts and labels
     * @param describe e.g. {@code contexts dev, faker (from spring.liquibase.contexts in classpath:application-dev.yml),
     *                 labels any}; null when neither selects anything
     */
    public record Filter(ChangelogFilter filter, String describe) {
    }

    /**
     * Where a project's changelog may be named.
     *
     * @param baseDirectory the project directory
     * @param resources     the project's resource directories, where classpath paths are
     * @param settings      the application's settings
     * @param plugin        the project's liquibase-maven-plugin configuration
     */
    public record Sources(Path baseDirectory, List<Path> resources, ApplicationSettings settings,
                          LiquibasePlugin plugin) {

        public Sources {
            baseDirectory = baseDirectory.toAbsolutePath();
            resources = resources.isEmpty() ? List.of(baseDirectory.resolve("src/main/resources"))
                    : resources.stream().map(Path::toAbsolutePath).toList();
        }
    }

    private ChangelogSetting() {
    }

    /**
     * Resolves the master changelog.
     *
     * @param configured the {@code changelog} parameter, or null when not given
     * @throws ConfigurationException when a setting names a resource dbflow cannot read from the project (a URL), a
     *                                file that is not a Liquibase changelog, or when the changelog named does not
     *                                exist but the resources already hold another master changelog (dbflow never
     *                                starts a second one next to it)
     */
    public static Resolved resolve(Path configured, Sources sources) {
        Resolved resolved = choose(configured, sources);
        if (!Files.exists(resolved.file())) {
            List<Path> masters = ExistingChangelogs.masters(sources.resources());
            if (!masters.isEmpty()) {
                String named = masters.stream().limit(5).map(file -> relative(sources, file))
                        .collect(Collectors.joining(", "));
                throw new ConfigurationException("No changelog at " + relative(sources, resolved.file()) + " (from "
                        + resolved.source() + "), but the project's resources already hold Liquibase changelogs: "
                        + named + ". dbflow will not start a second changelog next to them. Name the master the "
                        + "application runs with -Ddbflow.changelog=" + relative(sources, masters.get(0))
                        + " (or <changelog> in the plugin's configuration, or spring.liquibase.change-log in the "
                        + "application's settings).");
            }
        } else if (Files.isRegularFile(resolved.file()) && !ExistingChangelogs.isChangelog(resolved.file())) {
            throw new ConfigurationException("The changelog " + relative(sources, resolved.file()) + " (from "
                    + resolved.source() + ") is not a Liquibase changelog: it is no XML, YAML or JSON file whose root "
                    + "is databaseChangeLog, nor formatted SQL. Name the master changelog the application runs.");
        }
        return resolved;
    }

    private static Resolved choose(Path configured, Sources sources) {
        if (configured != null) {
            return new Resolved(sources.baseDirectory().resolve(configured).normalize(), "parameter changelog");
        }
        ApplicationSettings settings = sources.settings();
        String spring = settings.value(SettingKeys.SPRING_CHANGELOG, false, OTHER);
        if (spring != null) {
            return applicationFile(SettingKeys.SPRING_CHANGELOG, spring, sources);
        }
        if (sources.plugin().changeLogFile() != null) {
            return new Resolved(pluginFile(sources.plugin().changeLogFile(), sources),
                    "changeLogFile " + LiquibasePlugin.SOURCE);
        }
        String quarkus = settings.value(SettingKeys.QUARKUS_CHANGELOG, false, OTHER);
        if (quarkus != null) {
            return applicationFile(SettingKeys.QUARKUS_CHANGELOG, quarkus, sources);
        }
        ApplicationSettings.DefaultChangelog fallback = settings.defaultChangelog();
        return new Resolved(resource(fallback.resource(), sources), fallback.source());
    }

    /** A path the application's settings give: on the classpath unless {@code file:}. */
    private static Resolved applicationFile(String key, String value, Sources sources) {
        String source = key + " in " + sources.settings().place(key);
        if (value.startsWith("classpath:") || value.startsWith("classpath*:")) {
            return new Resolved(resource(value.substring(value.indexOf(':') + 1), sources), source);
        }
        if (value.startsWith("file:")) {
            return new Resolved(sources.baseDirectory().resolve(value.substring("file:".length())).normalize(),
                    source);
        }
        if (value.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && !value.matches("[A-Za-z]:[\\\\/].*")) {
            throw new ConfigurationException(source + " is '" + value + "', a resource dbflow cannot read from the "
                    + "project. Use a classpath: path under src/main/resources, or give the master changelog with "
                    + "-Ddbflow.changelog.");
        }
        return new Resolved(resource(value, sources), source);
    }

    /**
     * The liquibase-maven-plugin's {@code changeLogFile}: a path of the project (Maven has made
     * {@code ${project.basedir}} absolute) or, as the plugin also searches its classpath, of the resources.
     */
    private static Path pluginFile(String value, Sources sources) {
        Path path = sources.baseDirectory().resolve(value).normalize();
        if (Path.of(value).isAbsolute() || Files.exists(path) || value.startsWith("src/")) {
            return path;
        }
        return resource(value, sources);
    }

    /** A classpath path: in the first resource directory that holds it, else in the first one. */
    private static Path resource(String path, Sources sources) {
        String relative = path.replaceFirst("^/+", "");
        return sources.resources().stream().map(directory -> directory.resolve(relative).normalize())
                .filter(Files::exists).findFirst()
                .orElse(sources.resources().get(0).resolve(relative).normalize());
    }

    private static String relative(Sources sources, Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(sources.baseDirectory())
                ? sources.baseDirectory().relativize(absolute).toString() : absolute.toString();
    }

    /**
     * Resolves the contexts and labels, each from the first of: the parameter when given (blank for none); Spring
     * Boot's {@code spring.liquibase.contexts} and {@code spring.liquibase.label-filter} ({@code labels} before
     * Spring Boot 3), of the active profiles; the liquibase-maven-plugin's {@code contexts} and {@code labelFilter};
     * Quarkus's {@code quarkus.liquibase.contexts} and {@code labels}. So dbflow applies the changesets the
     * application applies; in the schema the application applies them in: {@code spring.liquibase.default-schema},
     * else the plugin's {@code defaultSchemaName}, else {@code quarkus.liquibase.default-schema-name}.
     *
     * @throws ConfigurationException when a placeholder cannot be resolved
     */
    public static Filter filter(String contexts, String labels, ApplicationSettings settings, LiquibasePlugin plugin) {
        Chosen chosenContexts = choose(contexts, "parameter contexts", settings, plugin.contexts(),
                SettingKeys.SPRING_CONTEXTS, SettingKeys.QUARKUS_CONTEXTS, "-Ddbflow.contexts");
        Chosen chosenLabels = choose(labels, "parameter labels", settings, plugin.labels(), SettingKeys.SPRING_LABELS,
                SettingKeys.QUARKUS_LABELS, "-Ddbflow.labels");
        if (chosenLabels.value() == null && labels == null && settings.has(SettingKeys.SPRING_OLD_LABELS)) {
            chosenLabels = new Chosen(settings.value(SettingKeys.SPRING_OLD_LABELS, false, "-Ddbflow.labels"),
                    SettingKeys.SPRING_OLD_LABELS + " in " + settings.place(SettingKeys.SPRING_OLD_LABELS));
        }
        Chosen schema = choose(null, null, settings, plugin.defaultSchema(), SettingKeys.SPRING_DEFAULT_SCHEMA,
                SettingKeys.QUARKUS_DEFAULT_SCHEMA, "the schema in the application's settings");
        ChangelogFilter filter = new ChangelogFilter(chosenContexts.value(), chosenLabels.value(), schema.value());
        if (filter.equals(ChangelogFilter.NONE)) {
            return new Filter(filter, null);
        }
        return new Filter(filter, "contexts " + chosenContexts.describe(filter.contexts()) + ", labels "
                + chosenLabels.describe(filter.labels())
                + (filter.defaultSchema() == null ? "" : ", default schema " + schema.describe(filter.defaultSchema())));
    }

    private record Chosen(String value, String source) {
        String describe(String effective) {
            return effective == null ? "any" : effective + " (from " + source + ")";
        }
    }

    private static Chosen choose(String parameter, String parameterSource, ApplicationSettings settings,
                                 String pluginValue, String springKey, String quarkusKey, String other) {
        if (parameter != null) {
            return new Chosen(parameter, parameterSource);
        }
        String spring = settings.value(springKey, false, other);
        if (spring != null) {
            return new Chosen(spring, springKey + " in " + settings.place(springKey));
        }
        if (pluginValue != null) {
            return new Chosen(pluginValue, PLUGIN_NAMES.get(springKey) + " " + LiquibasePlugin.SOURCE);
        }
        String quarkus = settings.value(quarkusKey, false, other);
        return new Chosen(quarkus, quarkus == null ? null : quarkusKey + " in " + settings.place(quarkusKey));
    }
}
