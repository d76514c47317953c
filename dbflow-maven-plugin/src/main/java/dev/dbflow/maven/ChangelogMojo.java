package dev.dbflow.maven;

import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.config.TargetDatabaseResolver;
import dev.dbflow.internal.config.ChangelogSetting;
import dev.dbflow.internal.config.TargetSettings;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.File;
import java.nio.file.Path;

/**
 * The changelog and the target database every goal works on, resolved from the parameters, else from the project's
 * Spring Boot settings (as the application finds them), else from dbflow's defaults.
 */
abstract class ChangelogMojo extends AbstractMojo {

    /**
     * The master changelog. {@code generate} creates it when missing; the other goals read it. By default the one
     * Spring Boot applies, {@code spring.liquibase.change-log} in {@code application.properties}/{@code .yml}
     * ({@code classpath:} paths are under {@code src/main/resources}), else
     * {@code src/main/resources/db/changelog/db.changelog-master.yaml}.
     */
    @Parameter(property = "dbflow.changelog")
    private File changelog;

    private Path resolvedChangelog;

    /**
     * The target database's {@code jdbc:postgresql://} URL, for {@code upgrade}, {@code rollback}, {@code status}
     * and {@code history}. When unset, dbflow uses {@code DATABASE_URL}, then {@code spring.datasource.*} in
     * {@code src/main/resources/application.properties} or {@code .yml}.
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
     * The Spring Boot profiles (comma separated, the last wins) whose {@code application-<profile>.properties} or
     * {@code .yml} apply on top of the base files when the target database comes from {@code spring.datasource.*};
     * by default {@code SPRING_PROFILES_ACTIVE}.
     */
    @Parameter(property = "dbflow.profile")
    private String profile;

    /**
     * Liquibase contexts that select changesets ({@code --contexts}, e.g. {@code prod} or {@code !test}), for every
     * goal, on the shadow database as on the target; by default Spring Boot's {@code spring.liquibase.contexts}, else
     * none (every changeset).
     */
    @Parameter(property = "dbflow.contexts")
    private String contexts;

    /**
     * A Liquibase label expression that selects changesets ({@code --label-filter}); by default Spring Boot's
     * {@code spring.liquibase.label-filter} ({@code labels} before Spring Boot 3), else none.
     */
    @Parameter(property = "dbflow.labels")
    private String labels;

    /**
     * How long {@code upgrade} waits, in seconds, while another run holds the database's change lock; then it fails
     * naming who holds it (release a lock left by a killed run with {@code mvn dbflow:unlock}).
     */
    @Parameter(property = "dbflow.lockWaitSeconds", defaultValue = "" + ChangelogRequest.DEFAULT_LOCK_WAIT_SECONDS)
    private int lockWaitSeconds;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    /** Returns the {@code profile} setting: the Spring Boot profiles, or null for {@code SPRING_PROFILES_ACTIVE}. */
    protected final String profile() {
        return profile;
    }

    /** Returns the project the goal runs in. */
    protected final MavenProject project() {
        return project;
    }

    /** Returns the contexts and labels from the parameters, else Spring Boot's settings; said when not none. */
    protected final ChangelogFilter filter() {
        ChangelogFilter filter = ChangelogSetting.filter(contexts, labels, project.getBasedir().toPath(),
                System.getenv(), profile);
        if (!filter.equals(ChangelogFilter.NONE)) {
            getLog().info("Changesets: contexts " + (filter.contexts() == null ? "any" : filter.contexts())
                    + ", labels " + (filter.labels() == null ? "any" : filter.labels()));
        }
        return filter;
    }

    /** Returns the changelog and the target database, resolved from the settings, as one request. */
    protected final ChangelogRequest changelogRequest() {
        return new ChangelogRequest(changelog(), target(), lockWaitSeconds, filter());
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
                System.getenv(), project.getBasedir().toPath(), profile));
        // Several sources can name a database; saying which one won saves a wrong guess.
        getLog().info("Database: " + target.jdbcUrl() + " (from " + target.source() + ")");
        return target;
    }

    /**
     * Returns the master changelog file: the {@code changelog} parameter, else Spring Boot's
     * {@code spring.liquibase.change-log} (said in the log), else the default path.
     */
    protected final Path changelog() {
        if (resolvedChangelog == null) {
            ChangelogSetting.Resolved resolved = ChangelogSetting.resolve(changelog == null ? null : changelog.toPath(),
                    project.getBasedir().toPath(), System.getenv(), profile);
            if (resolved.source().startsWith("spring")) {
                getLog().info("Changelog: " + relativeToProject(resolved.file()) + " (from " + resolved.source() + ")");
            }
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
