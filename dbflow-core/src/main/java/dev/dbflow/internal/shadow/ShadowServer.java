package dev.dbflow.internal.shadow;

/**
 * A PostgreSQL server that dbflow may create and drop scratch databases on. Closing it stops the
 * server dbflow started, or does nothing for a server it was given.
 */
public interface ShadowServer extends AutoCloseable {

    /** Returns where the server listens. */
    PostgresServer server();

    /** Returns a short description for the log, e.g. {@code embedded PostgreSQL 17.6}. */
    String description();

    /**
     * Tells whether databases created on this server outlive the run, so that a {@link ShadowCache} may keep
     * templates on it: true only for the embedded server started in a kept data directory.
     */
    default boolean keepsDatabases() {
        return false;
    }

    @Override
    void close();
}
