package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.ConfigurationException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.resource.ZipResourceAccessor;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Where Liquibase looks for a master changelog: a search root directory and the changelog's path relative
 * to it. Liquibase records that relative path in {@code DATABASECHANGELOG.FILENAME}, and Spring Boot runs
 * {@code classpath:db/changelog/db.changelog-master.yaml}, so the root is the enclosing
 * {@code src/main/resources} when there is one; otherwise the changelog's own directory.
 *
 * @param file       the changelog file, absolute and normalized
 * @param searchRoot the directory Liquibase resolves the changelog and its includes against
 * @param path       the changelog's path relative to {@code searchRoot}, with {@code /} separators, e.g.
 *                   {@code db/changelog/db.changelog-master.yaml}
 * @param contexts   Liquibase's context expression the changesets are filtered by, or null for all
 * @param labels     Liquibase's label expression the changesets are filtered by, or null for all
 * @param defaultSchema Liquibase's default schema, or null for the connection's
 */
public record ChangelogLocation(Path file, Path searchRoot, String path, String contexts, String labels,
                                String defaultSchema) {

    /**
     * Locates an existing changelog.
     *
     * @return the location; its search root is the nearest ancestor {@code src/main/resources}, else the
     *         changelog's parent directory
     * @throws ConfigurationException when the file does not exist or is a directory
     */
    public static ChangelogLocation of(Path changelog) {
        Path file = changelog.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw directory(file);
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("The changelog " + file + " does not exist. Run `mvn dbflow:generate` "
                    + "to create it from your entities, or set the changelog parameter to your master changelog.");
        }
        Path root = resourcesRoot(file).orElse(file.getParent());
        StringBuilder relative = new StringBuilder();
        for (Path part : root.relativize(file)) {
            relative.append(relative.isEmpty() ? "" : "/").append(part);
        }
        return new ChangelogLocation(file, root, relative.toString(), null, null, null);
    }

    /**
     * Returns this changelog filtered by Liquibase contexts and labels, as {@code liquibase update --contexts
     * --label-filter} filters it (a changeset whose {@code context} or {@code labels} do not match is skipped), and run
     * in the filter's default schema.
     */
    public ChangelogLocation withFilter(ChangelogFilter filter) {
        return new ChangelogLocation(file, searchRoot, path, filter.contexts(), filter.labels(),
                filter.defaultSchema());
    }

    /** Returns {@code database} set to run in this changelog's default schema, when it has one. */
    Database inDefaultSchema(Database database) throws DatabaseException {
        if (defaultSchema != null) {
            database.setDefaultSchemaName(defaultSchema);
        }
        return database;
    }

    /**
     * Returns what Liquibase reads this changelog's files through: its search root, or the jar that holds it (a base
     * changelog in a dependency, see {@link BaseChangelogs}); the caller closes it.
     */
    ResourceAccessor resources() throws FileNotFoundException {
        return Files.isDirectory(searchRoot) ? new DirectoryResourceAccessor(searchRoot)
                : new ZipResourceAccessor(searchRoot);
    }

    /** Returns the context filter as Liquibase takes it; a changeset without a context runs under any filter. */
    Contexts liquibaseContexts() {
        return contexts == null ? new Contexts() : new Contexts(contexts);
    }

    /** Returns the label filter as Liquibase takes it. */
    LabelExpression liquibaseLabels() {
        return labels == null ? new LabelExpression() : new LabelExpression(labels);
    }

    /** The error for a changelog setting that names a directory (a typo in the path, or a missing file name). */
    public static ConfigurationException directory(Path file) {
        return new ConfigurationException("The changelog " + file + " is a directory. Set the changelog parameter "
                + "(-Ddbflow.changelog), or spring.liquibase.change-log, to the master changelog file in it.");
    }

    private static Optional<Path> resourcesRoot(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (named(dir, "resources") && named(dir.getParent(), "main")
                    && named(dir.getParent().getParent(), "src")) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean named(Path dir, String name) {
        return dir != null && dir.getFileName() != null && dir.getFileName().toString().equals(name);
    }

    /**
     * Applies every pending changeset of this changelog to the database {@code connection} is open on,
     * e.g. a scratch database on the shadow server. The connection stays open and gets its auto-commit
     * mode back; progress goes to {@code listener.debug}.
     *
     * @return the changesets applied, in the order they ran, with the time each was recorded
     * @throws ConfigurationException  when the changelog is malformed or a changeset fails
     * @throws InfrastructureException when the database fails otherwise
     */
    public List<ChangesetRef> applyTo(Connection connection, DbflowListener listener) {
        return applyTo(connection, listener,
                "The changelog must build on an empty database; fix this changeset, then run generate again.");
    }

    /**
     * Applies like {@link #applyTo(Connection, DbflowListener)}, ending a failing changeset's message with
     * {@code advice} instead.
     */
    public List<ChangesetRef> applyTo(Connection connection, DbflowListener listener, String advice) {
        String target = LiquibaseSession.SHADOW;
        createDefaultSchema(connection);
        try (LiquibaseSession session = new LiquibaseSession(this, connection, target, null, advice, listener)) {
            return session.update(applied -> listener.debug("Applied " + applied.display() + " to " + target));
        }
    }

    /**
     * Rolls back, with their rollback blocks, the {@code count} changesets applied last to the scratch database
     * {@code connection} is open on, as {@code liquibase rollback-count} does; a failing rollback's message ends
     * with {@code advice}.
     *
     * @return the changesets undone, newest first
     * @throws ConfigurationException  when a rollback fails or this changelog does not hold the changesets
     * @throws InfrastructureException when the database fails otherwise
     */
    public List<ChangesetRef> rollBackOn(Connection connection, int count, DbflowListener listener, String advice) {
        try (LiquibaseSession session = new LiquibaseSession(this, connection, LiquibaseSession.SHADOW, null, advice,
                listener)) {
            return session.rollback(count, undone -> listener.debug("Rolled back " + undone.display()));
        }
    }

    /**
     * On a shadow database, the default schema is created as the application's database has it: Liquibase never
     * creates it (a DBA, an init script or the server's setup does).
     */
    private void createDefaultSchema(Connection connection) {
        if (defaultSchema == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + defaultSchema.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            throw new InfrastructureException("Cannot create the default schema '" + defaultSchema + "' on the "
                    + "shadow database: " + e.getMessage(), e);
        }
    }
}
