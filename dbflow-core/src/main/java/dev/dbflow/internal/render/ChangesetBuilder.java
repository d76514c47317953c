package dev.dbflow.internal.render;

import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.classify.Finding;
import liquibase.change.core.OutputChange;
import liquibase.changelog.ChangeSet;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
     * @param findings   each operation's safety findings, in the same order
     * @return a changeset whose rollback undoes it exactly; its comment names every finding, and the rollback
     *         of a data-loss operation says that it does not bring the data back
     */
    public ChangeSet build(String id, String author, String comment, String filePath, List<SchemaChange> operations,
                           List<List<Finding>> findings) {
        ChangeSet changeSet = new ChangeSet(id, author, false, false, filePath, null, null, null);
        String review = findings.stream().flatMap(List::stream).map(Finding::describe)
                .collect(Collectors.joining("\n"));
        String text = Stream.of(comment, review).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n"));
        if (!text.isEmpty()) {
            changeSet.setComments(text);
        }
        operations.forEach(op -> renderer.render(op).forEach(changeSet::addChange));
        for (int i = operations.size() - 1; i >= 0; i--) {
            for (Finding loss : findings.get(i)) {
                if (loss.category() == Finding.Category.DATA_LOSS) {
                    OutputChange warning = new OutputChange();
                    warning.setMessage(loss.id() + " " + loss.object() + ": this rollback restores the structure, "
                            + "not the data");
                    changeSet.addRollbackChange(warning);
                }
            }
            renderer.render(operations.get(i).reverse()).forEach(changeSet::addRollbackChange);
        }
        return changeSet;
    }
}
