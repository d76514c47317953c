package dev.dbflow.internal.changelog;

import dev.dbflow.api.InfrastructureException;
import liquibase.util.LiquibaseUtil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A key for the schema a changelog builds: a SHA-256 over the Liquibase version, the master's path and the path
 * and bytes of every file under the changelog's search root. Liquibase resolves the master, its includes, SQL
 * files and CSV data only under that root, so no file the build reads can change without the key changing
 * (editing, adding, removing or renaming any of them). Files there that the changelog does not read (e.g.
 * {@code application.yml}) only cost an unneeded rebuild when they change.
 */
public final class ChangelogFingerprint {

    private static final String FORMAT = "dbflow shadow cache 1";

    private ChangelogFingerprint() {
    }

    /**
     * Computes the key.
     *
     * @return 40 lowercase hexadecimal characters
     * @throws InfrastructureException when a file under the search root cannot be read
     */
    public static String of(ChangelogLocation location) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, LiquibaseUtil.getBuildVersion());
        update(digest, location.path());
        Path root = location.searchRoot();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                update(digest, root.relativize(file).toString());
                byte[] bytes = Files.readAllBytes(file);
                update(digest, Integer.toString(bytes.length));
                digest.update(bytes);
            }
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read the changelog files under " + root + ": " + e.getMessage()
                    + ". Check that the files are readable, then run again.", e);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 40);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
