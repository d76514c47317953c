package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a new changelog file and includes it from the master: a new master includes the file's folder
 * ({@link FolderInclude}), so neither it nor a master that already includes that folder is edited again; another
 * master gets an include of the file the way its own includes are written ({@link IncludeLayout}). A formatted-SQL
 * master, which cannot include files, gets the changeset appended instead. The new file is in place before the
 * master names it, and each file is moved into place whole.
 */
public final class ChangelogWriter {

    /**
     * Writes the changeset.
     *
     * @param master       the master changelog, which may not exist yet
     * @param relativePath the new file's path relative to the master's directory, with {@code /} separators
     * @param fileText     the new file's complete text
     * @param sqlChangeset the changeset alone in formatted SQL, appended when the master is formatted SQL
     * @return the file that now holds the changeset
     * @throws InfrastructureException when a file cannot be written
     * @throws ConfigurationException  when the master includes the file's folder whole but not as its last entry
     *                                 ({@link FolderInclude#covers}), or cannot be extended, or a file is already at
     *                                 {@code relativePath}
     */
    public Path write(Path master, String relativePath, String fileText, String sqlChangeset) {
        try {
            Path directory = master.toAbsolutePath().getParent();
            if (ChangelogFormat.of(master) == ChangelogFormat.SQL) {
                String text = Files.exists(master) ? Files.readString(master, StandardCharsets.UTF_8)
                        : "--liquibase formatted sql\n";
                atomicWrite(master, (text.endsWith("\n") ? text : text + "\n") + "\n" + sqlChangeset);
                return master;
            }
            Path file = directory.resolve(relativePath);
            ChangelogFormat masterFormat = ChangelogFormat.of(master);
            String existing = Files.exists(master) ? Files.readString(master, StandardCharsets.UTF_8) : null;
            boolean covered = existing != null
                    && FolderInclude.covers(masterFormat, existing, relativePath, master.toString());
            if (Files.exists(file)) {
                throw new ConfigurationException("The changelog file " + file + " already exists, so generate wrote "
                        + "nothing: dbflow never replaces a file it did not just create. If the file is a changeset "
                        + "the master should run, include it (then the next file gets the next name); else move it "
                        + "away, or give another message (-Ddbflow.message), and run again.");
            }
            Files.createDirectories(file.getParent());
            atomicWrite(file, fileText);
            if (covered) {
                return file;
            }
            String masterText = existing != null ? include(master, masterFormat, relativePath)
                    : FolderInclude.create(masterFormat, relativePath);
            try {
                atomicWrite(master, masterText);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write the changelog next to " + master + ": " + e
                    + ". Check that the directory is writable.", e);
        }
    }

    /** Returns the master's text with an include of {@code relativePath} in the form its includes have. */
    private static String include(Path master, ChangelogFormat format, String relativePath) throws IOException {
        IncludeLayout layout = IncludeLayout.of(master);
        return MasterChangelog.addInclude(format, Files.readString(master, StandardCharsets.UTF_8),
                layout.included(master, relativePath), layout.relativeToChangelogFile(), master.toString());
    }

    /**
     * A temporary file is private to its owner (0600); the file it replaces keeps its own permissions, and a new one
     * gets those of an ordinary source file (0644), so shared checkouts and other CI users can still read it.
     */
    private static void keepPermissions(Path temporary, Path target) throws IOException {
        try {
            Files.setPosixFilePermissions(temporary, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows keeps the directory's ACLs on the new file; nothing to copy.
        }
    }

    /** Replaces {@code target} with {@code text} whole: readers see the old file or the new one, never a part. */
    static void atomicWrite(Path target, String text) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".dbflow-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            keepPermissions(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
