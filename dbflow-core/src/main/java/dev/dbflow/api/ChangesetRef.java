package dev.dbflow.api;

import java.time.Instant;

/**
 * One changeset as Liquibase identifies it.
 *
 * @param id        changeset id
 * @param author    changeset author
 * @param file      the changelog file path Liquibase records for it
 * @param appliedAt when it was applied to the target, or null when it is pending
 */
public record ChangesetRef(String id, String author, String file, Instant appliedAt) {

    /** Returns {@code file::id::author}, Liquibase's own notation. */
    public String display() {
        return file + "::" + id + "::" + author;
    }
}
