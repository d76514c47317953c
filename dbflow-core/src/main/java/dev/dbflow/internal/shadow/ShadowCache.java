package dev.dbflow.internal.shadow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the schema a changelog builds as a template database on a shadow server that {@linkplain
 * ShadowServer#keepsDatabases() keeps databases}, named by a key that changes whenever anything the build reads
 * changes (see {@code dev.dbflow.internal.changelog.ChangelogFingerprint}). A later run with the same key clones
 * the template ({@code CREATE DATABASE … TEMPLATE}) instead of building again.
 * <p>
 * A template is built under a temporary name and renamed only once the build succeeded, so a run killed
 * mid-build leaves no template that looks complete; only the newest template is kept.
 */
public final class ShadowCache {

    private static final String TEMPLATE_PREFIX = "dbflow_cache_";
    private static final String BUILDING_PREFIX = "dbflow_building_";

    /** Builds a schema on an open connection to an empty database. */
    @FunctionalInterface
    public interface Build {
        /**
         * Builds the schema.
         *
         * @throws SQLException as the database raises it; other failures pass through unchanged
         */
        void on(Connection connection) throws SQLException;
    }

    /**
     * A scratch database holding the built schema.
     *
     * @param database the scratch database, dropped when closed
     * @param reused   true when it was cloned from a kept template, false when built in this run
     */
    public record Copy(ScratchDatabase database, boolean reused) {
    }

    /**
     * Returns a new scratch database with the schema {@code build} makes: cloned from the template kept for
     * {@code key} when there is one, otherwise built (and, on a server that keeps databases, kept as the template
     * for {@code key}, replacing older ones).
     *
     * @param key a lowercase hexadecimal key of at most 40 characters
     * @throws SQLException as the server raises it; a failed build leaves no template and no database behind
     */
    public Copy database(ShadowServer shadow, String purpose, String key, Build build) throws SQLException {
        PostgresServer server = shadow.server();
        if (!shadow.keepsDatabases()) {
            return new Copy(built(ScratchDatabase.create(server, purpose), build), false);
        }
        Optional<ScratchDatabase> kept = copyOfKept(shadow, purpose, key);
        if (kept.isPresent()) {
            return new Copy(kept.get(), true);
        }
        String template = TEMPLATE_PREFIX + key;
        List<String> existing = templates(server);
        String building = BUILDING_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE DATABASE " + building);
        try {
            try (Connection connection = server.connect(building)) {
                build.on(connection);
            }
            execute(server, "ALTER DATABASE " + building + " RENAME TO " + template);
        } catch (SQLException | RuntimeException e) {
            drop(server, building);
            throw e;
        }
        for (String older : existing) {
            drop(server, older);
        }
        return new Copy(ScratchDatabase.createFrom(server, purpose, template), false);
    }

    /**
     * Returns a new scratch database for {@code purpose} cloned from the template kept for {@code key}, or empty when
     * {@code shadow} keeps no such template.
     *
     * @throws SQLException as the server raises it
     */
    static Optional<ScratchDatabase> copyOfKept(ShadowServer shadow, String purpose, String key) throws SQLException {
        String template = TEMPLATE_PREFIX + key;
        if (!shadow.keepsDatabases() || !templates(shadow.server()).contains(template)) {
            return Optional.empty();
        }
        return Optional.of(ScratchDatabase.createFrom(shadow.server(), purpose, template));
    }

    private static List<String> templates(PostgresServer server) throws SQLException {
        return databasesNamed(server, TEMPLATE_PREFIX.replace("_", "\\_") + "%");
    }

    /**
     * Drops every dbflow database but the templates: scratch databases and unfinished templates that a killed
     * run left on a server that keeps databases. Call it right after the server started, before this run
     * creates any.
     *
     * @throws SQLException as the server raises it
     */
    static void sweep(PostgresServer server) throws SQLException {
        for (String database : databasesNamed(server, "dbflow\\_%")) {
            if (!database.startsWith(TEMPLATE_PREFIX)) {
                drop(server, database);
            }
        }
    }

    private static ScratchDatabase built(ScratchDatabase database, Build build) throws SQLException {
        try (Connection connection = database.connect()) {
            build.on(connection);
            return database;
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static List<String> databasesNamed(PostgresServer server, String pattern) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection admin = server.connect(server.database());
             PreparedStatement query = admin.prepareStatement(
                     "SELECT datname FROM pg_database WHERE datname LIKE ? ORDER BY datname")) {
            query.setString(1, pattern);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static void drop(PostgresServer server, String database) throws SQLException {
        execute(server, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void execute(PostgresServer server, String sql) throws SQLException {
        try (Connection admin = server.connect(server.database());
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
