package dev.dbflow.internal.generate;

import dev.dbflow.internal.write.ChangelogFormat;

import java.nio.file.Path;

/**
 * A changeset rendered and serialised, not yet written.
 *
 * @param id           the changeset's id
 * @param master       the master changelog, which may not exist yet
 * @param relativePath the new file's path relative to the master's directory
 * @param format       the new file's format
 * @param fileText     the new file's complete text
 * @param sqlChangeset the changeset alone in formatted SQL, which a formatted-SQL master gets appended instead
 */
record RenderedChangeset(String id, Path master, String relativePath, ChangelogFormat format, String fileText,
                         String sqlChangeset) {

    /** True when the changeset goes at the end of a formatted-SQL master instead of into a file of its own. */
    boolean appended() {
        return ChangelogFormat.of(master) == ChangelogFormat.SQL;
    }

    /** Returns the path of the file Liquibase will read the changeset from, relative to the master's directory. */
    String readPath() {
        return appended() ? master.getFileName().toString() : relativePath;
    }

    /** Returns the complete text of a changelog file holding only this changeset, as {@link #readPath()} holds it. */
    String readText() {
        return appended() ? "--liquibase formatted sql\n\n" + sqlChangeset : fileText;
    }
}
