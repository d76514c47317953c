package dev.dbflow.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one PostgreSQL server all IT cases run against. The {@code it} build starts it in the background before
 * the cases ({@code exec:exec}, async) and ends it when the build exits; the cases reach it through
 * {@link ItDatabase}.
 */
public final class PostgresForIts {

    private PostgresForIts() {
    }

    /**
     * Starts the server and keeps it until this process is ended, its parent (the Maven build) exits, or the
     * time limit passes; zonky's shutdown hook then stops the server and deletes its data directory.
     *
     * @param args the port to listen on, and the time limit in minutes
     * @throws Exception when the server cannot start
     */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long limitMinutes = Long.parseLong(args[1]);
        EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setDataDirectoryCustomizer(PostgresForIts::requirePasswords)
                .start();
        System.out.println("IT PostgreSQL is listening on port " + port);
        // If Maven is killed, its shutdown handling never runs; watching the parent keeps the server from lingering.
        CompletableFuture<?> parentExit = ProcessHandle.current().parent()
                .map(ProcessHandle::onExit)
                .orElseGet(CompletableFuture::new);
        try {
            parentExit.get(limitMinutes, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            System.out.println("IT PostgreSQL stops: it ran for its limit of " + limitMinutes + " minutes");
        }
        System.exit(0);
    }

    // initdb trusts every login; the cases' role must give its password, so a plugin that drops it fails.
    private static void requirePasswords(File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256",
                    ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
