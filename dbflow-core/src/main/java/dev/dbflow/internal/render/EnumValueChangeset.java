package dev.dbflow.internal.render;

import dev.dbflow.internal.operation.EnumTypeChange;
import dev.dbflow.internal.operation.SchemaChange;
import liquibase.changelog.ChangeSet;

import java.util.List;

/**
 * The changeset that adds enum values ahead of the main one. PostgreSQL refuses to use a value {@code ALTER TYPE …
 * ADD VALUE} added until the transaction that added it commits ("unsafe use of new value"), and Liquibase commits each
 * changeset on its own; so when a generate run adds values and does anything else, the values come first, in a
 * changeset of their own, and whatever the main changeset does with them (a default, a check, a policy) works.
 */
final class EnumValueChangeset {

    private final ChangeRenderer renderer = new ChangeRenderer();

    /** Returns the operations that go first: the in-place value additions, when other operations come with them. */
    static List<SchemaChange> split(List<SchemaChange> operations) {
        List<SchemaChange> additions = operations.stream()
                .filter(op -> op instanceof EnumTypeChange.AlterEnumType alter && alter.inPlace()).toList();
        return additions.size() == operations.size() ? List.of() : additions;
    }

    /**
     * Builds the changeset {@code <main>-enum-values}; its rollback rebuilds each type without the added values, after
     * the main changeset was rolled back.
     */
    ChangeSet build(String main, String author, String filePath, List<SchemaChange> additions) {
        ChangeSet changeSet = new ChangeSet(main + "-enum-values", author, false, false, filePath, null, null, null);
        changeSet.setComments("Adds enum values before the next changeset, which may use them (PostgreSQL refuses a "
                + "value added in the same transaction).\n" + LineageMarks.PART_OF + main);
        additions.forEach(op -> renderer.render(op).forEach(changeSet::addChange));
        for (int i = additions.size() - 1; i >= 0; i--) {
            renderer.render(additions.get(i).reverse()).forEach(changeSet::addRollbackChange);
        }
        return changeSet;
    }
}
