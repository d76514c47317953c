package dev.dbflow.internal.render;

import dev.dbflow.internal.operation.SchemaChange;
import liquibase.changelog.ChangeSet;

import java.util.List;

/**
 * Builds the one changeset {@code generate} writes: the operations' changes in order, and an explicit
 * rollback made of each operation's reverse, in reverse order.
 */
public final class ChangesetBuilder {

    private final ChangeRenderer renderer = new ChangeRenderer();

    /**
     * Builds the changeset.
     *
     * @param id         the changeset id
     * @param author     the changeset author
     * @param comment    the changeset comment (the generate message), or null
     * @param filePath   the changelog file path Liquibase records it under
     * @param operations the operations, already in apply order
     * @return a changeset whose rollback undoes it exactly
     */
    public ChangeSet build(String id, String author, String comment, String filePath, List<SchemaChange> operations) {
        ChangeSet changeSet = new ChangeSet(id, author, false, false, filePath, null, null, null);
        if (comment != null && !comment.isBlank()) {
            changeSet.setComments(comment);
        }
        operations.forEach(op -> renderer.render(op).forEach(changeSet::addChange));
        for (int i = operations.size() - 1; i >= 0; i--) {
            renderer.render(operations.get(i).reverse()).forEach(changeSet::addRollbackChange);
        }
        return changeSet;
    }
}
