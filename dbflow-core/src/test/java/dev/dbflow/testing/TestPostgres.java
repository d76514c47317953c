package dev.dbflow.testing;

import dev.dbflow.internal.shadow.EmbeddedShadowServer;
import dev.dbflow.internal.shadow.PostgresServer;
import dev.dbflow.internal.shadow.ScratchDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.SQLException;

/**
 * The PostgreSQL server tests run against: the one named by {@code DBFLOW_TEST_JDBC_URL}
 * (with {@code DBFLOW_TEST_USER} / {@code DBFLOW_TEST_PASSWORD}), else one embedded server per test JVM.
 * Each test makes its own database with {@link #newDatabase()} and drops it when done.
 */
public final class TestPostgres {

    private static PostgresServer server;

    private TestPostgres() {
    }

    /** Returns the shared test server, starting the embedded one on first use. */
    public static synchronized PostgresServer server() {
        if (server == null) {
            server = startOrConnect();
        }
        return server;
    }

    /** Creates a fresh, empty database for one test; close it to drop it. */
    public static ScratchDatabase newDatabase() {
        try {
            return ScratchDatabase.create(server(), "test");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database: " + e.getMessage(), e);
        }
    }

    private static PostgresServer startOrConnect() {
        String url = System.getenv("DBFLOW_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            URI uri = URI.create(url.substring("jdbc:".length()));
            String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
            return new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database,
                    envOr("DBFLOW_TEST_USER", "postgres"), System.getenv("DBFLOW_TEST_PASSWORD"));
        }
        try {
            EmbeddedShadowServer embedded = EmbeddedShadowServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            return embedded.server();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL for tests", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
