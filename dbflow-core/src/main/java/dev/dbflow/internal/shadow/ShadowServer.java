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

    @Override
    void close();
}
