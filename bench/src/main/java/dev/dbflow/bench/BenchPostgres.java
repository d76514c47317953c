package dev.dbflow.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

/**
 * The PostgreSQL server the reference runs against: an embedded PostgreSQL 17 (the version dbflow's shadow
 * uses) with one empty database per name given, so each reference run applies the changelog to a fresh
 * database. Prints {@link #READY} when it accepts connections, and stays up until it is killed or its parent
 * ({@code run.sh}) exits; zonky's shutdown hook then stops the server and deletes its data directory.
 *
 * <p>Usage: {@code BenchPostgres <port> <database>...}
 */
public final class BenchPostgres {

    /** The line {@code run.sh} waits for. */
    static final String READY = "bench PostgreSQL ready";

    private BenchPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Usage: BenchPostgres <port> <database>...");
            System.exit(2);
        }
        // The same durability shortcuts as dbflow's shadow and the ITs, so both sides pay the same for DDL.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(Integer.parseInt(args[0]))
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                statement.execute("CREATE DATABASE \"" + args[i] + "\"");
            }
        }
        System.out.println(READY + " on port " + args[0]);
        // A killed run.sh never stops this process; watching the parent keeps the server from lingering.
        ProcessHandle.current().parent().map(ProcessHandle::onExit).orElseGet(CompletableFuture::new).join();
        System.exit(0);
    }
}
