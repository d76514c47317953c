package dev.dbflow.internal.snapshot;

import dev.dbflow.api.DbflowListener;
import dev.dbflow.internal.model.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Schemas read from a shadow database, kept as files under a cache directory and named by a key of everything
 * that went into building them (see {@link CacheKey}): a run whose inputs are unchanged reads the file instead
 * of building and reading the database again. One file per kind (e.g. {@code entities}, {@code changelog}) is
 * kept. A file that cannot be read is a miss, never an error; reading accepts nothing but dbflow's model records
 * and JDK collections.
 */
public final class SchemaCache {

    private static final ObjectInputFilter MODEL_ONLY = ObjectInputFilter.Config.createFilter(
            "dev.dbflow.internal.model.*;java.util.*;java.lang.*;maxdepth=20;!*");

    private final Path directory;
    private final DbflowListener listener;

    /**
     * @param directory where the files live, created when first written
     * @param listener  told at debug level when a file cannot be read or written
     */
    public SchemaCache(Path directory, DbflowListener listener) {
        this.directory = directory;
        this.listener = listener;
    }

    /** Returns the schema kept for {@code kind} under {@code key}, or empty when there is none (or it is unreadable). */
    public Optional<Schema> get(String kind, String key) {
        Path file = file(kind, key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(MODEL_ONLY);
            return Optional.of((Schema) objects.readObject());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            listener.debug("Ignoring the unreadable schema cache file " + file + ": " + e);
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code schema} for {@code kind} under {@code key}, replacing the file kept for that kind before; written
     * to a temporary file and moved into place, so a reader never sees half a file. A failure only costs the cache.
     */
    public void put(String kind, String key, Schema schema) {
        Path file = file(kind, key);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, kind + "-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary);
                 ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(schema);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> files = Files.list(directory)) {
                List<Path> older = files.filter(other -> other.getFileName().toString().startsWith(kind + "-")
                        && !other.equals(file)).toList();
                for (Path other : older) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException e) {
            listener.debug("Could not keep the " + kind + " schema in " + directory + ": " + e);
        }
    }

    private Path file(String kind, String key) {
        return directory.resolve(kind + "-" + key + ".schema");
    }
}
