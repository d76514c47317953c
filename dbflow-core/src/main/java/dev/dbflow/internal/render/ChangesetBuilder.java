package dev.dbflow.internal.render;

import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.classify.Finding;
import dev.dbflow.internal.model.CastRoute;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.ConstraintChange;
import liquibase.changelog.ChangeSet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the changesets {@code generate} writes: one with the operations' changes in order and an explicit
 * rollback made of each operation's reverse, in reverse order; before it, a changeset of the enum values it adds
 * when it does more; with {@code onlineDdl}, also a changeset that validates NOT VALID constraints and one
 * non-transactional changeset per concurrently built index.
 */
public class ChangesetBuilder {

    private final ChangeRenderer renderer;

    /** Creates a builder that takes every type change's cast as direct ({@link CastRoute#DIRECT}). */
    public ChangesetBuilder() {
        this(CastRoute.DIRECT);
    }

    /** Creates a builder that converts a retyped column's values by {@code casts}. */
    public ChangesetBuilder(CastRoute casts) {
        this.renderer = new ChangeRenderer(casts);
    }

    /**
     * Builds the changesets.
     *
     * @param id         the main changeset id; the others add {@code -validate} or {@code -index-<name>}
     * @param author     the changeset author
     * @param comment    the changeset comment (the generate message), or null
     * @param filePath   the changelog file path Liquibase records them under
     * @param operations the operations, already in apply order
     * @param findings   each operation's safety findings, in the same order
     * @param online     true for PostgreSQL's non-blocking forms of {@code LK001} and {@code LK002} operations
     * @return the changesets in apply order: the enum values it adds when it also does more ({@link
     *         EnumValueChangeset}), the main one, then the online-DDL follow-ups; each rollback undoes its changeset
     *         exactly, the main comment names every other finding, the main rollback starts by naming every table
     *         and column it drops with their data ({@link RollbackReview}), and the rollback of a data-loss
     *         operation says that it does not bring the data back
     */
    public List<ChangeSet> build(String id, String author, String comment, String filePath,
                                 List<SchemaChange> operations, List<List<Finding>> findings, boolean online) {
        List<SchemaChange> additions = EnumValueChangeset.split(operations);
        List<ChangeSet> first = additions.isEmpty() ? List.of()
                : List.of(new EnumValueChangeset().build(id, author, filePath, additions));
        List<SchemaChange> rest = operations.stream().filter(op -> !additions.contains(op)).toList();
        List<List<Finding>> restFindings = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            if (!additions.contains(operations.get(i))) {
                restFindings.add(findings.get(i));
            }
        }
        List<ChangeSet> all = new ArrayList<>(first);
        all.addAll(buildMain(id, author, comment, filePath, rest, restFindings, online));
        return all;
    }

    private List<ChangeSet> buildMain(String id, String author, String comment, String filePath,
                                      List<SchemaChange> operations, List<List<Finding>> findings, boolean online) {
        ChangeSet main = new ChangeSet(id, author, false, false, filePath, null, null, null);
        String review = findings.stream().flatMap(List::stream).map(Finding::describe)
                .collect(Collectors.joining("\n"));
        String text = Stream.of(comment, review).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n"));
        if (!text.isEmpty()) {
            main.setComments(text);
        }
        List<ChangeSet> later = new ArrayList<>();
        List<ConstraintChange> toValidate = online ? OnlineDdl.constraints(operations, findings) : List.of();
        List<ConstraintChange.IndexChange> concurrent = online ? OnlineDdl.indexes(operations, findings) : List.of();
        List<ColumnChange.AlterColumn> notNulls = online ? OnlineDdl.notNulls(operations, findings) : List.of();
        if (!toValidate.isEmpty() || !notNulls.isEmpty()) {
            later.add(OnlineDdl.validate(id, author, filePath, toValidate, notNulls));
        }
        for (int i = 0; i < operations.size(); i++) {
            SchemaChange op = operations.get(i);
            if (concurrent.contains(op)) {
                ConstraintChange.IndexChange index = (ConstraintChange.IndexChange) op;
                later.add(OnlineDdl.concurrentIndex(id, author, filePath, index));
            } else if (toValidate.contains(op)) {
                main.addChange(OnlineDdl.addNotValid((ConstraintChange) op));
            } else if (notNulls.contains(op)) {
                ColumnChange.AlterColumn alter = (ColumnChange.AlterColumn) op;
                renderer.render(OnlineDdl.withoutNotNull(alter)).forEach(main::addChange);
                main.addChange(OnlineDdl.addNotNullCheck(alter));
            } else {
                renderer.render(op).forEach(main::addChange);
            }
        }
        RollbackReview.of(operations).ifPresent(main::addRollbackChange);
        for (int i = operations.size() - 1; i >= 0; i--) {
            SchemaChange op = operations.get(i);
            if (concurrent.contains(op)) {
                continue;
            }
            for (Finding loss : findings.get(i)) {
                // A policy dropped with its column (DL005) is created again by this rollback: nothing to warn of.
                if (loss.category() == Finding.Category.DATA_LOSS && !loss.id().equals("DL005")) {
                    main.addRollbackChange(RollbackReview.warning(loss.id() + " " + loss.object()
                            + ": this rollback restores the structure, not the data"));
                }
            }
            if (notNulls.contains(op)) {
                main.addRollbackChange(OnlineDdl.dropNotNullCheck((ColumnChange.AlterColumn) op));
                op = OnlineDdl.withoutNotNull((ColumnChange.AlterColumn) op);
            }
            renderer.render(op.reverse()).forEach(main::addRollbackChange);
        }
        List<ChangeSet> all = new ArrayList<>(List.of(main));
        all.addAll(later);
        return all;
    }
}
