package dev.dbflow.internal.shadow;

import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.internal.config.PostgresUrl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/** Starts (or connects to) the shadow server a {@link ShadowSpec} asks for. */
public final class ShadowServers {

    /** The sentence that explains the shadow choices, appended to every shadow failure. */
    public static final String ALTERNATIVES = " The 'shadow' setting (-Ddbflow.shadow) chooses the server: "
            + "'embedded' (default, PostgreSQL binaries shipped with dbflow), 'testcontainers' (needs a Docker engine; "
            + "image from shadowImage) or a jdbc:postgresql://host:port/database URL of a server where the user may "
            + "create and drop databases.";

    private ShadowServers() {
    }

    /**
     * Starts the shadow server. An embedded server with a {@linkplain ShadowSpec#cacheDirectory() cache directory}
     * starts in its {@code postgres} subdirectory; when another build holds that directory, this run uses a temporary server instead, and a
     * directory the server cannot start in (another PostgreSQL version, damage from a killed run) is deleted and
     * created again, since it only holds caches.
     *
     * @param listener told when the cache cannot be used
     * @throws InfrastructureException when it cannot start or cannot be reached, naming why and the alternatives
     */
    public static ShadowServer start(ShadowSpec spec, DbflowListener listener) {
        return switch (spec.kind()) {
            case EMBEDDED -> spec.cacheDirectory() == null ? embedded(0)
                    : embeddedIn(spec.cacheDirectory().resolve("postgres"), listener);
            case TESTCONTAINERS -> ContainerShadowServer.start(spec.image(), ALTERNATIVES);
            case JDBC_URL -> jdbc(spec);
        };
    }

    /** Starts the embedded server on {@code port}, 0 for any free one. */
    static ShadowServer embedded(int port) {
        try {
            return EmbeddedShadowServer.start(port);
        } catch (IOException | RuntimeException e) {
            throw new InfrastructureException("The embedded shadow PostgreSQL server could not start: " + e.getMessage()
                    + "." + ALTERNATIVES, e);
        }
    }

    private static ShadowServer embeddedIn(Path dataDirectory, DbflowListener listener) {
        try {
            return swept(EmbeddedShadowServer.start(0, dataDirectory));
        } catch (IllegalStateException e) {
            listener.info("The shadow cache " + dataDirectory + " is in use by another build; this run uses a "
                    + "temporary shadow server.");
            return embedded(0);
        } catch (IOException | RuntimeException e) {
            listener.debug("The shadow cache " + dataDirectory + " could not start (" + e.getMessage()
                    + "); it is created again.");
        }
        try {
            deleteDataDirectory(dataDirectory);
            return swept(EmbeddedShadowServer.start(0, dataDirectory));
        } catch (IOException | RuntimeException e) {
            listener.info("The shadow cache " + dataDirectory + " cannot be used (" + e.getMessage()
                    + "); this run uses a temporary shadow server. Delete that directory if this persists.");
            return embedded(0);
        }
    }

    private static ShadowServer swept(ShadowServer server) throws IOException {
        try {
            ShadowCache.sweep(server.server());
            return server;
        } catch (SQLException e) {
            server.close();
            throw new IOException("its leftover databases could not be dropped: " + e.getMessage(), e);
        }
    }

    /** Deletes a data directory, but only one that holds nothing but a PostgreSQL cluster and zonky's lock. */
    private static void deleteDataDirectory(Path directory) throws IOException {
        if (!Files.isRegularFile(directory.resolve("PG_VERSION"))) {
            throw new IOException(directory + " is not a PostgreSQL data directory; dbflow leaves it alone");
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static ShadowServer jdbc(ShadowSpec spec) {
        PostgresUrl url = PostgresUrl.parse(spec.jdbcUrl(), "the setting 'shadow' (-Ddbflow.shadow)");
        String database = url.database().isEmpty() ? "postgres" : url.database();
        PostgresServer server = new PostgresServer(url.host(), url.port(), database,
                spec.username() == null ? System.getProperty("user.name") : spec.username(), spec.password());
        return new ShadowServer() {
            @Override
            public PostgresServer server() {
                return server;
            }

            @Override
            public String description() {
                return "PostgreSQL at " + server.host() + ":" + server.port();
            }

            @Override
            public void close() {
                // The server is the user's: dbflow only drops the scratch databases it created.
            }
        };
    }
}
