package dev.dbflow.internal.snapshot;

import liquibase.util.LiquibaseUtil;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.CodeSource;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A SHA-256 key of the inputs of a cached result. Every key starts with what dbflow itself is (its own jar's size
 * and time, and the Hibernate and Liquibase versions), so a new dbflow, even a rebuilt snapshot, never reuses
 * what an older one cached.
 */
public final class CacheKey {

    private static final String FORMAT = "dbflow cache 4";

    private final MessageDigest digest;

    private CacheKey(String purpose) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
        add(FORMAT).add(purpose).add(LiquibaseUtil.getBuildVersion()).add(org.hibernate.Version.getVersionString());
        CodeSource code = CacheKey.class.getProtectionDomain().getCodeSource();
        if (code != null) {
            try {
                Path location = Path.of(code.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    addEntry(location, file -> true);
                }
            } catch (URISyntaxException | IOException | IllegalArgumentException e) {
                add("unknown dbflow build");
            }
        }
    }

    /** Starts a key for {@code purpose}, e.g. {@code entities}. */
    public static CacheKey of(String purpose) {
        return new CacheKey(purpose);
    }

    /** Adds a text, e.g. a setting's value (null counts as a value of its own). */
    public CacheKey add(String text) {
        digest.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /**
     * Adds the path (relative to {@code root}) and bytes of every regular file under {@code root}, in path order.
     *
     * @throws IOException when a file cannot be read
     */
    public CacheKey addTree(Path root) throws IOException {
        return addTree(root, file -> true);
    }

    private CacheKey addTree(Path root, Predicate<Path> include) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(include).sorted().toList();
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                add(root.relativize(file).toString()).add(Integer.toString(bytes.length));
                digest.update(bytes);
            }
        }
        return this;
    }

    /**
     * Adds a classpath entry: a directory by the bytes of its files that {@code include} accepts, a file (a jar) by
     * its path, size and modification time, which change whenever a build or a dependency update replaces it.
     *
     * @throws IOException when it cannot be read
     */
    public CacheKey addEntry(Path entry, Predicate<Path> include) throws IOException {
        add(entry.toAbsolutePath().toString());
        if (Files.isDirectory(entry)) {
            return addTree(entry, include);
        }
        if (Files.isRegularFile(entry)) {
            add(Long.toString(Files.size(entry))).add(Files.getLastModifiedTime(entry).toString());
        }
        return this;
    }

    /** Returns the key: 40 lowercase hexadecimal characters. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 40);
    }
}
