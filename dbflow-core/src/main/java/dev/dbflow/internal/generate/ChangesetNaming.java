package dev.dbflow.internal.generate;

import dev.dbflow.internal.write.IncludeLayout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The id, file name and author of a new changeset: {@code <folder>/<yyyyMMddHHmmss>_<slug>.<ext>} (or the folder's
 * next number, when its files are numbered) with id {@code <yyyyMMddHHmmss>-<slug>}, timestamps in UTC so ids sort in
 * creation order on every machine.
 *
 * @param timestamp the UTC timestamp, {@code yyyyMMddHHmmss}
 * @param slug      the message in lower case, words joined by underscores, at most 60 characters
 */
public record ChangesetNaming(String timestamp, String slug) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    /** Names a changeset created at {@code now} for {@code message} (null or blank: {@code changes}). */
    public static ChangesetNaming of(Instant now, String message) {
        String slug = message == null ? "" : message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("_+$", "");
        }
        return new ChangesetNaming(STAMP.format(now), slug.isEmpty() ? "changes" : slug);
    }

    /** Returns the changeset id. */
    public String id() {
        return timestamp + "-" + slug.replace('_', '-');
    }

    /**
     * Returns the new file's path relative to the master's directory: in the folder where the master's includes put
     * its changesets ({@code changes/} for a master dbflow created), named as {@link IncludeLayout#fileName} says.
     */
    public String relativePath(IncludeLayout layout, String extension) {
        return layout.relativePath(layout.fileName(timestamp, slug) + "." + extension);
    }

    /**
     * Returns the author: {@code configured} when set, else {@code git config user.name} run in
     * {@code directory} (in its nearest existing parent while it does not exist yet, as the changelog directory of a
     * project's first changeset does not), else the operating-system user.
     */
    public static String author(String configured, Path directory) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        String git = gitUserName(existing(directory.toAbsolutePath()));
        return git.isBlank() ? System.getProperty("user.name", "dbflow") : git;
    }

    private static Path existing(Path directory) {
        Path existing = directory;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? directory : existing;
    }

    private static String gitUserName(Path directory) {
        try {
            Process process = new ProcessBuilder("git", "config", "user.name").directory(directory.toFile())
                    .redirectErrorStream(true).start();
            try (InputStream out = process.getInputStream()) {
                String name = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
                boolean done = process.waitFor(5, TimeUnit.SECONDS);
                return done && process.exitValue() == 0 ? name : "";
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
