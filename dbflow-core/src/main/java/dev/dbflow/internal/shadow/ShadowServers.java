package dev.dbflow.internal.shadow;

import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.ShadowSpec;

import java.io.IOException;
import java.net.URI;

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
     * Starts the shadow server.
     *
     * @throws InfrastructureException when it cannot start or cannot be reached, naming why and the alternatives
     */
    public static ShadowServer start(ShadowSpec spec) {
        return switch (spec.kind()) {
            case EMBEDDED -> embedded(0);
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

    private static ShadowServer jdbc(ShadowSpec spec) {
        URI uri = URI.create(spec.jdbcUrl().substring("jdbc:".length()));
        String path = uri.getPath();
        String database = path == null || path.length() <= 1 ? "postgres" : path.substring(1);
        PostgresServer server = new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database,
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
