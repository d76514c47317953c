package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Serialises the runs that write to one changelog ({@code generate}, {@code baseline}), also across processes: two
 * runs started together would otherwise both compare against the same changelog and write the same change twice.
 * The lock is an OS file lock on a file in the temporary directory named after the master's path, so it needs no
 * file in the project and is released by the OS when a process dies.
 */
public final class ChangelogLock implements AutoCloseable {

    private static final long POLL_MILLIS = 200;

    private final FileChannel channel;
    private final FileLock lock;

    private ChangelogLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock for {@code master}, waiting up to {@code waitSeconds} while another run holds it.
     *
     * @throws ConfigurationException  when another run still holds it after the wait
     * @throws InfrastructureException when the lock file cannot be created
     */
    public static ChangelogLock acquire(Path master, int waitSeconds) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "dbflow-" + key(master) + ".lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
            while (true) {
                try {
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        return new ChangelogLock(channel, lock);
                    }
                } catch (OverlappingFileLockException heldInThisJvm) {
                    // Another thread of this process holds it: wait as for another process.
                }
                if (System.nanoTime() >= deadline) {
                    channel.close();
                    throw new ConfigurationException("Another dbflow run is writing to the changelog " + master
                            + " and has not finished after " + waitSeconds + " s. Let it finish, read what it wrote "
                            + "(it may hold your change already), then run again.");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            throw new InfrastructureException("Cannot create the lock file " + file + ": " + e.getMessage()
                    + ". Check that the temporary directory is writable.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("Interrupted while waiting for another run on " + master + ".", e);
        }
    }

    private static String key(Path master) {
        try {
            byte[] path = master.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(path)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel is what releases the lock; the OS drops it with the process in any case.
        }
    }
}
