package dev.dbflow.maven;

import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.config.ApplicationProject;
import dev.dbflow.internal.config.ApplicationSettings;
import dev.dbflow.internal.config.ChangelogSetting;
import dev.dbflow.internal.config.LiquibasePlugin;
import dev.dbflow.internal.config.TargetDatabaseResolver;
import dev.dbflow.internal.config.TargetSettings;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The changelog and the target database every goal works on, resolved from the parameters, else from the
 * application's own settings (read once per goal, as the application reads them: by its own Spring Boot, from its
 * Quarkus or plain application files) and the project's liquibase-maven-plugin configuration, else from defaults.
 */
abstract class ChangelogMojo extends AbstractMojo {

    /**
     * The master changelog. {@code generate} creates it when missing; the other goals read it. By default the one the
     * application runs: Spring Boot's {@code spring.liquibase.change-log}, else the {@code changeLogFile} of the
     * project's liquibase-maven-plugin, else Quarkus's {@code quarkus.liquibase.change-log}, else the framework's
     * default ({@code src/main/resources/db/changelog/db.changelog-master.yaml}; Quarkus: {@code db/changeLog.xml}).
     */
    @Parameter(property = "dbflow.changelog")
    private File changelog;

    private Path resolvedChangelog;
    private ApplicationSettings applicationSettings;

    /**
     * The target database's URL, {@code jdbc:postgresql://host:5432/db} or libpq's
     * {@code postgresql://user:password@host:5432/db}, for {@code upgrade}, {@code rollback}, {@code status}
     * and {@code history}. When unset, dbflow uses {@code DATABASE_URL}, then the application's own datasource
     * ({@code spring.datasource.*}, {@code quarkus.datasource.*}).
     */
    @Parameter(property = "dbflow.url")
    private String url;

    /** The target database user; overrides the URL's and the {@code serverId} one. */
    @Parameter(property = "dbflow.username")
    private String username;

    /** The target database password; overrides the URL's and the {@code serverId} one. Never printed. */
    @Parameter(property = "dbflow.password")
    private String password;

    /**
     * The id of a {@code <server>} in Maven's {@code settings.xml} whose username and (possibly encrypted)
     * password log in to the target database.
     */
    @Parameter(property = "dbflow.serverId")
    private String serverId;

    /**
     * The application's profiles (comma separated, the last wins) that dbflow reads its settings with, over the
     * application's own choice: Spring Boot's (by default {@code SPRING_PROFILES_ACTIVE}, else
     * {@code spring.profiles.active}) or Quarkus's (by default {@code QUARKUS_PROFILE}, else {@code dev}).
     */
    @Parameter(property = "dbflow.profile")
    private String profile;

    /**
     * Liquibase contexts that select changesets ({@code --contexts}, e.g. {@code prod} or {@code !test}), for every
     * goal, on the shadow database as on the target; by default the application's: Spring Boot's
     * {@code spring.liquibase.contexts}, else the liquibase-maven-plugin's {@code contexts}, else Quarkus's
     * {@code quarkus.liquibase.contexts}, else none (every changeset).
     */
    @Parameter(property = "dbflow.contexts")
    private String contexts;

    /**
     * A Liquibase label expression that selects changesets ({@code --label-filter}); by default Spring Boot's
     * {@code spring.liquibase.label-filter} ({@code labels} before Spring Boot 3), else the liquibase-maven-plugin's
     * {@code labelFilter}, else Quarkus's {@code quarkus.liquibase.labels}, else none.
     */
    @Parameter(property = "dbflow.labels")
    private String labels;

    /**
     * How long {@code upgrade} waits, in seconds, while another run holds the database's change lock; then it fails
     * naming who holds it (release a lock left by a killed run with {@code mvn dbflow:unlock}).
     */
    @Parameter(property = "dbflow.lockWaitSeconds", defaultValue = "" + ChangelogRequest.DEFAULT_LOCK_WAIT_SECONDS)
    private int lockWaitSeconds;

    /**
     * The changelogs of the projects this one builds on (every goal: {@code generate} and
     * {@code verify} build on them, the goals on a target database leave their changesets there alone): the application an
     * extension plugs into, the module another module's entities point at. Each is a changelog file (relative to the
     * project) or a resource on the project's classpath, e.g. {@code META-INF/accounts-changelog.xml} in a dependency's
     * jar. They are applied to the shadow database before the project's changelog; what they create is never
     * diffed, and foreign keys to it are written.
     */
    @Parameter(property = "dbflow.baseChangelogs")
    private List<String> baseChangelogs;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Component
    private SettingsDecrypter settingsDecrypter;

    /** Returns this goal's execution, with the plugin's descriptor. */
    protected final MojoExecution mojoExecution() {
        return mojoExecution;
    }

    /** Returns the project the goal runs in. */
    protected final MavenProject project() {
        return project;
    }

    /** Returns the contexts and labels from the parameters, else the application's; said when not none. */
    protected final ChangelogFilter filter() {
        ChangelogSetting.Filter filter = ChangelogSetting.filter(contexts, labels, application(), liquibasePlugin());
        if (filter.describe() != null) {
            getLog().info("Changesets: " + filter.describe());
        }
        return filter.filter();
    }

    /**
     * Returns the application's own settings, read once per goal, after saying which library read them with which
     * profiles, and what in them deserves a warning.
     *
     * @throws ConfigurationException when the application's settings cannot be read
     */
    protected final ApplicationSettings application() {
        if (applicationSettings == null) {
            Path output = Path.of(project.getBuild().getOutputDirectory());
            boolean unfiltered = !Files.isDirectory(output)
                    && project.getResources().stream().anyMatch(Resource::isFiltering);
            if (unfiltered) {
                getLog().warn("The project is not built yet (no " + relativeToProject(output) + "): dbflow reads the "
                        + "application's settings from its resource directories, before Maven's resource filtering. "
                        + "Run mvn process-resources (or compile) first, so that they are read as the application "
                        + "reads them.");
            }
            try {
                applicationSettings = ApplicationSettings.read(new ApplicationProject(project.getBasedir().toPath(),
                        settingsClasspath(output), System.getenv(), profile));
            } catch (ConfigurationException e) {
                // A placeholder such as @spring.profiles.active@ is only a value once Maven has filtered the file.
                throw unfiltered ? new ConfigurationException("The project is not built yet (no "
                        + relativeToProject(output) + ") and Maven filters its resources, so its settings still hold "
                        + "what the build replaces: run mvn compile (or process-resources) first, e.g. mvn compile "
                        + "dbflow:" + mojoExecution.getGoal() + ". Reading them as they are failed: " + e.getMessage(), e) : e;
            }
            if (applicationSettings.describe() != null) {
                getLog().info("Settings: " + applicationSettings.describe());
            }
            applicationSettings.warnings().forEach(getLog()::warn);
        }
        return applicationSettings;
    }

    /**
     * The classpath the application reads its settings from: the build output and the dependencies, compile and
     * runtime (provided included); the resource directories in place of a build output not built yet.
     */
    private List<Path> settingsClasspath(Path output) {
        Set<Path> classpath = new LinkedHashSet<>();
        if (!Files.isDirectory(output)) {
            resourceDirectories().forEach(classpath::add);
        }
        try {
            project.getCompileClasspathElements().forEach(element -> classpath.add(Path.of(element)));
            project.getRuntimeClasspathElements().forEach(element -> classpath.add(Path.of(element)));
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("Every dbflow goal resolves the project's dependencies", e);
        }
        classpath.removeIf(element -> element.equals(output) && !Files.isDirectory(output));
        return new ArrayList<>(classpath);
    }

    /** Returns the project's resource directories, {@code src/main/resources} by default. */
    protected final List<Path> resourceDirectories() {
        return project.getResources().stream().map(Resource::getDirectory).map(Path::of).toList();
    }

    /** Returns what the project's liquibase-maven-plugin configuration names, in its build or pluginManagement. */
    private LiquibasePlugin liquibasePlugin() {
        String key = "org.liquibase:liquibase-maven-plugin";
        Plugin plugin = project.getPlugin(key);
        if (plugin == null && project.getPluginManagement() != null) {
            plugin = project.getPluginManagement().getPluginsAsMap().get(key);
        }
        if (plugin == null || !(plugin.getConfiguration() instanceof Xpp3Dom configuration)) {
            return LiquibasePlugin.NONE;
        }
        String labels = child(configuration, "labelFilter");
        return new LiquibasePlugin(child(configuration, "changeLogFile"), child(configuration, "contexts"),
                labels != null ? labels : child(configuration, "labels"), child(configuration, "defaultSchemaName"));
    }

    private static String child(Xpp3Dom configuration, String name) {
        Xpp3Dom child = configuration.getChild(name);
        return child == null ? null : child.getValue();
    }

    /** Returns the changelog and the target database, resolved from the settings, as one request. */
    protected final ChangelogRequest changelogRequest() throws MojoExecutionException {
        return new ChangelogRequest(changelog(), target(), lockWaitSeconds, filter())
                .withBaseChangelogs(baseChangelogs(), baseClasspath());
    }

    /** Returns the base changelogs as the core takes them: existing files relative to the project made absolute. */
    protected final List<String> baseChangelogs() {
        return ListSettings.split(baseChangelogs).stream().map(entry -> {
            File file = new File(entry).isAbsolute() ? new File(entry) : new File(project.getBasedir(), entry);
            return file.isFile() ? file.getAbsolutePath() : entry;
        }).toList();
    }

    /** Returns the classpath base changelog resources are found on; not resolved when there is none. */
    protected final List<Path> baseClasspath() throws MojoExecutionException {
        return baseChangelogs().isEmpty() ? List.of() : ProjectClasspath.of(project);
    }

    /**
     * Returns the target database from the {@code url}, {@code username}, {@code password} and {@code serverId}
     * parameters, else {@code DATABASE_URL}, else the project's {@code spring.datasource.*} properties.
     *
     * @throws ConfigurationException when none of them names a database, or a value is unusable
     */
    protected final TargetDatabase target() {
        Server server = serverId == null || serverId.isBlank() ? null : decryptedServer();
        TargetDatabase target = TargetDatabaseResolver.resolve(new TargetSettings(url, username, password, serverId,
                server == null ? null : server.getUsername(), server == null ? null : server.getPassword(),
                System.getenv(), application()));
        // Several sources can name a database; saying which one won saves a wrong guess.
        getLog().info("Database: " + target.jdbcUrl() + " (from " + target.source() + ")");
        return target;
    }

    /**
     * Returns the master changelog file, as {@link ChangelogSetting#resolve} finds it; says which and why once.
     *
     * @throws ConfigurationException when the setting is unusable, or names no file while another changelog exists
     */
    protected final Path changelog() {
        if (resolvedChangelog == null) {
            ChangelogSetting.Resolved resolved = ChangelogSetting.resolve(changelog == null ? null : changelog.toPath(),
                    new ChangelogSetting.Sources(project.getBasedir().toPath(), resourceDirectories(), application(),
                            liquibasePlugin()));
            getLog().info("Changelog: " + relativeToProject(resolved.file()) + " (from " + resolved.source() + ")");
            resolvedChangelog = resolved.file();
        }
        return resolvedChangelog;
    }

    // A server missing from settings.xml is left to the resolver, whose message says how to add it.
    private Server decryptedServer() {
        Server server = settings.getServer(serverId);
        if (server == null) {
            return null;
        }
        SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        result.getProblems().stream()
                .filter(problem -> problem.getSeverity() != SettingsProblem.Severity.WARNING)
                .findFirst()
                .ifPresent(problem -> {
                    throw new ConfigurationException("The password of the settings.xml server '" + serverId
                            + "' (-Ddbflow.serverId) cannot be decrypted: " + problem.getMessage()
                            + ". Check ~/.m2/settings-security.xml, or give the password in plain text.");
                });
        return result.getServer();
    }

    protected final String relativeToProject(Path file) {
        Path basedir = project.getBasedir().toPath().toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(basedir) ? basedir.relativize(absolute).toString() : absolute.toString();
    }
}
