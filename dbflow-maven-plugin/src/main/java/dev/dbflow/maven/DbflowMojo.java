package dev.dbflow.maven;

import dev.dbflow.api.BaselineRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.InternalErrorException;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.api.VerifyReport;
import dev.dbflow.api.VerifyRequest;
import dev.dbflow.internal.config.HibernateSettings;
import dev.dbflow.internal.config.PersistenceXml;
import dev.dbflow.internal.config.TargetDatabaseResolver;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every dbflow goal shares: the parameters, the bridge from the core's listener to Maven's log, and the
 * mapping of the core's typed failures to Maven's two failure kinds. A goal implements {@link #run(Dbflow)}.
 *
 * <p>The parameters of all goals live here, because {@code generate} and {@code migrate} share the generate
 * parameters, {@code verify} and {@code verify-no-fork} the verify ones and four goals the target database ones, and
 * a goal may only extend this class. Each parameter's documentation names the goals that read it.
 */
public abstract class DbflowMojo extends ChangelogMojo {

    /** Skips the goal. */
    @Parameter(property = "dbflow.skip", defaultValue = "false")
    private boolean skip;

    /** The change description, used in the new file's name and the changeset comment ({@code generate}). */
    @Parameter(property = "dbflow.message")
    private String message;

    /** The changeset author ({@code generate}); by default {@code git config user.name}, else the OS user. */
    @Parameter(property = "dbflow.author")
    private String author;

    /** Only scan these packages and their sub-packages for entities ({@code generate}); by default all. */
    @Parameter(property = "dbflow.packages")
    private List<String> packages;

    /**
     * How entity and attribute names become table and column names ({@code generate}): {@code spring},
     * {@code hibernate} or a {@code PhysicalNamingStrategy} or {@code ImplicitNamingStrategy} class name. By default {@code spring} when Spring
     * Boot is on the classpath, else {@code hibernate}.
     */
    @Parameter(property = "dbflow.namingStrategy")
    private String namingStrategy;

    /**
     * Where {@code generate} builds the changelog's schema to compare the entities with: {@code embedded} (a
     * private PostgreSQL, nothing to install), {@code testcontainers} (needs Docker) or a
     * {@code jdbc:postgresql://} (or {@code postgresql://}) URL of a server where dbflow may create and drop scratch
     * databases.
     */
    @Parameter(property = "dbflow.shadow", defaultValue = "embedded")
    private String shadow;

    /** The container image for {@code shadow=testcontainers}. */
    @Parameter(property = "dbflow.shadowImage", defaultValue = ShadowSpec.DEFAULT_IMAGE)
    private String shadowImage;

    /** The user for a {@code shadow} URL; by default the OS user. */
    @Parameter(property = "dbflow.shadowUsername")
    private String shadowUsername;

    /** The password for a {@code shadow} URL. Never printed. */
    @Parameter(property = "dbflow.shadowPassword")
    private String shadowPassword;

    /**
     * Keep caches in {@code target/dbflow/cache}: the embedded shadow server's data, so that a run whose changelog
     * files are unchanged reuses the schema they build instead of applying every changeset again, and the schemas
     * read, so that a run where neither the classes nor the changelog files changed starts no shadow server at
     * all. Any change of a class, classpath jar or file under the changelog's resources directory invalidates what
     * depends on it; {@code mvn clean} removes it.
     */
    @Parameter(property = "dbflow.shadowCache", defaultValue = "true")
    private boolean shadowCache;

    @Parameter(defaultValue = "${project.build.directory}/dbflow/cache", readonly = true)
    private File shadowCacheDirectory;

    /** The new changelog file's format ({@code generate}): {@code yaml}, {@code xml} or {@code sql}; by default the master's. */
    @Parameter(property = "dbflow.format")
    private String format;

    /**
     * Compare only tables and sequences whose name (or {@code schema.name}) matches this Java regular
     * expression ({@code generate}); by default all.
     */
    @Parameter(property = "dbflow.includeObjects")
    private String includeObjects;

    /**
     * Leave tables and sequences whose name (or {@code schema.name}) matches this Java regular expression
     * alone ({@code generate}), e.g. {@code flyway_schema_history|audit_.*}.
     */
    @Parameter(property = "dbflow.excludeObjects")
    private String excludeObjects;

    /**
     * Write data-loss operations (dropped tables, columns and sequences, narrowed types) without naming each
     * ({@code generate}). By default {@code generate} refuses them and says which they are.
     */
    @Parameter(property = "dbflow.allowDataLoss", defaultValue = "false")
    private boolean allowDataLoss;

    /**
     * Data-loss findings to accept ({@code generate}), as {@code ID:object}, e.g.
     * {@code DL002:task.legacy_code,DL001:old_table}.
     */
    @Parameter(property = "dbflow.acceptDataLoss")
    private List<String> acceptDataLoss;

    /**
     * Declared renames ({@code generate}): {@code old_table->new_table} or {@code table.old_column->table.new_column},
     * comma-separated; written as renames that keep the data, never as a drop and an add. The same as
     * {@code @RenamedFrom} on an entity or field.
     */
    @Parameter(property = "dbflow.renames")
    private List<String> renames;

    /**
     * Values for NOT NULL columns added to existing tables and for existing columns made NOT NULL ({@code generate}),
     * {@code table.column=SQL value}, comma-separated, e.g. {@code task.priority='MEDIUM'}: the NULLs are filled, then
     * the column is set NOT NULL (a new column is added nullable first).
     */
    @Parameter(property = "dbflow.backfill")
    private List<String> backfill;

    /**
     * Write PostgreSQL's non-blocking DDL ({@code generate}): indexes on existing tables built
     * {@code CONCURRENTLY} in non-transactional changesets; foreign keys, checks and NOT NULL added through
     * {@code NOT VALID} and validated in a second changeset.
     */
    @Parameter(property = "dbflow.onlineDdl", defaultValue = "false")
    private boolean onlineDdl;

    /**
     * Turn each {@code serial}/{@code bigserial} column of the changelog that an entity maps with
     * {@code GenerationType.IDENTITY} into an identity column, its ids going on from the sequence's ({@code generate});
     * by default such a column is left as it is, since both forms give the entity its ids.
     */
    @Parameter(property = "dbflow.convertSerialToIdentity", defaultValue = "false")
    private boolean convertSerialToIdentity;

    /** The compiled entities ({@code generate}). */
    @Parameter(property = "dbflow.classesDirectory", defaultValue = "${project.build.outputDirectory}",
            required = true)
    private File classesDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Runs the goal unless {@code skip} is set, reporting the core's progress to Maven's log; first checks the
     * build's {@code dbflow.*} properties ({@link DbflowProperties}).
     *
     * @throws MojoFailureException   when the project's input or settings are wrong: the message says what to fix
     * @throws MojoExecutionException when something the goal depends on fails (database, file system)
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        DbflowProperties properties = DbflowProperties.of(mojoExecution().getMojoDescriptor().getPluginDescriptor());
        properties.check(session.getUserProperties(), "the command line");
        properties.check(project().getProperties(), "the pom's properties");
        if (skip) {
            getLog().info("Skipped (dbflow.skip is true).");
            return;
        }
        try {
            run(new Dbflow(new MavenLogListener(getLog())));
        } catch (ConfigurationException e) {
            // No cause: Maven would append the cause's own message after ours, repeating the same fault twice.
            getLog().debug(e);
            throw new MojoFailureException(e.getMessage());
        } catch (InfrastructureException | InternalErrorException e) {
            getLog().debug(e);
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /**
     * Does the goal's work: builds the request, makes one core call and prints the result.
     *
     * @throws MojoExecutionException when Maven cannot supply what the request needs, such as the classpath
     */
    protected abstract void run(Dbflow dbflow) throws MojoExecutionException;

    /** Runs {@code generate} (or its alias {@code migrate}) and tells the user what was written. */
    protected final void generate(Dbflow dbflow) throws MojoExecutionException {
        GenerateRequest request = projectRequest();
        // Said out loud: a mistyped changelog setting would otherwise quietly start a second changelog.
        boolean newMaster = !Files.exists(request.changelog());
        var result = dbflow.generate(request);
        result.changesetFile().ifPresentOrElse(file -> {
            getLog().info("Wrote " + relativeToProject(file));
            if (newMaster) {
                getLog().info("Created the master changelog " + relativeToProject(request.changelog())
                        + ", which includes it");
            }
            getLog().info("Review it, then run mvn dbflow:upgrade");
        }, () -> getLog().info(GenerateResult.NO_CHANGES));
    }

    /** Fail {@code verify} on safety findings of changesets the target database has not applied yet. */
    @Parameter(property = "dbflow.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * The id (or {@code tagDatabase} tag) of the first changeset that must roll back ({@code verify}); by default the
     * first changeset dbflow wrote. Changesets before it that Liquibase cannot roll back are one warning, and the
     * stairway starts after them.
     */
    @Parameter(property = "dbflow.reversibleSince")
    private String reversibleSince;

    /** Where {@code verify} writes its JUnit XML and Markdown reports. */
    @Parameter(property = "dbflow.reportDirectory", defaultValue = "${project.build.directory}/dbflow-reports")
    private File reportDirectory;

    /**
     * Runs {@code verify} (or {@code verify-no-fork}), which prints each check.
     *
     * @throws ConfigurationException when a check fails (or warns, with {@code failOnWarning}), naming each
     */
    protected final void verify(Dbflow dbflow) throws MojoExecutionException {
        VerifyReport report = dbflow.verify(new VerifyRequest(projectRequest(), failOnWarning, reportDirectory.toPath(),
                reversibleSince));
        if (!report.passed(failOnWarning)) {
            throw new ConfigurationException("dbflow verify failed: " + report.failing(failOnWarning).stream()
                    .map(VerifyReport::line).collect(Collectors.joining("; "))
                    + ". Details above and in " + report.markdown() + ".");
        }
    }

    /** Runs {@code baseline} and says what to do next. */
    protected final void baseline(Dbflow dbflow) {
        EmbeddedServerLog.quiet(getLog());
        var result = dbflow.baseline(new BaselineRequest(changelog(), target(), format, message, author,
                shadowSpec()));
        result.changesetFile().ifPresent(file -> getLog().info("Wrote " + relativeToProject(file)
                + ", recorded as applied. Commit it; from now on mvn dbflow:migrate writes only real changes."));
    }

    /** Returns the entities, changelog, shadow and target as {@code generate} and {@code verify} take them. */
    protected final GenerateRequest projectRequest() throws MojoExecutionException {
        EmbeddedServerLog.quiet(getLog());
        return new GenerateRequest(classesDirectory.toPath(), ProjectClasspath.of(project()),
                ListSettings.split(packages), namingStrategy, shadowSpec(),
                changelog(), format, message, author, includeObjects, excludeObjects,
                new SafetyOptions(allowDataLoss, ListSettings.split(acceptDataLoss), ListSettings.split(renames), ListSettings.split(backfill), onlineDdl),
                configuredTarget(), filter(), hibernateSettings(), convertSerialToIdentity,
                baseChangelogs());
    }

    /** The shadow server the settings choose, with the embedded server's cache when it is on. */
    private ShadowSpec shadowSpec() {
        return ShadowSpec.parse(shadow, shadowImage, shadowUsername, shadowPassword)
                .withCache(shadowCache ? shadowCacheDirectory.toPath() : null);
    }

    /** Returns the DDL-shaping Hibernate settings the application runs with, each said with its source. */
    private Map<String, String> hibernateSettings() {
        HibernateSettings jpa = HibernateSettings.read(application(), PersistenceXml.read(resourceDirectories()));
        jpa.sources().forEach((key, source) -> getLog().info("Hibernate setting: " + key + "="
                + jpa.settings().get(key) + " (from " + source + ")"));
        return jpa.settings();
    }

    /**
     * Returns the target database when one is configured (generate counts rows in it, discard checks it), else null;
     * a configured one dbflow cannot use (not PostgreSQL, say) is reported once, as a warning.
     */
    protected final TargetDatabase configuredTarget() {
        try {
            return target();
        } catch (ConfigurationException e) {
            if (e.getMessage().equals(TargetDatabaseResolver.NOT_CONFIGURED)) {
                getLog().debug("No target database to count rows in: " + e.getMessage());
            } else {
                getLog().warn("Rows in the target database not counted: " + e.getMessage());
            }
            return null;
        }
    }

    /**
     * Write the SQL of {@code upgrade} or {@code rollback} to {@code target/dbflow/upgrade.sql} or
     * {@code rollback.sql} instead of executing it, for a DBA to review.
     */
    @Parameter(property = "dbflow.sql", defaultValue = "false")
    private boolean sql;

    @Parameter(defaultValue = "${project.build.directory}/dbflow", readonly = true)
    private File sqlDirectory;

    /** Returns the offline SQL file for {@code name} when {@code sql} is set, else empty. */
    protected final Optional<Path> offlineSql(String name) {
        return sql ? Optional.of(sqlDirectory.toPath().resolve(name)) : Optional.empty();
    }

    /** Returns when an applied changeset was applied, to the second, in UTC (ISO-8601). */
    protected static String appliedAt(ChangesetRef changeset) {
        return changeset.appliedAt().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
