package dev.dbflow.internal.changelog;

import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.snapshot.CacheKey;

import java.io.IOException;

/**
 * A key for the schema a changelog builds: the master's path and the path and bytes of every file under the
 * changelog's search root. Liquibase resolves the master, its includes, SQL files and CSV data only under that
 * root, so no file the build reads can change without the key changing (editing, adding, removing or renaming any
 * of them). Files there that the changelog does not read (e.g. {@code application.yml}) only cost an unneeded
 * rebuild when they change.
 */
public final class ChangelogFingerprint {

    private ChangelogFingerprint() {
    }

    /**
     * Computes the key.
     *
     * @return 40 lowercase hexadecimal characters
     * @throws InfrastructureException when a file under the search root cannot be read
     */
    public static String of(ChangelogLocation location) {
        try {
            return CacheKey.of("changelog").add(location.path()).add(location.contexts())
                    .add(location.labels()).add(location.defaultSchema()).addTree(location.searchRoot()).hex();
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read the changelog files under " + location.searchRoot() + ": "
                    + e.getMessage() + ". Check that the files are readable, then run again.", e);
        }
    }
}
