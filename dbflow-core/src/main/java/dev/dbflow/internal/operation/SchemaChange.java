package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.QualifiedName;

/**
 * One schema operation. Operations are ordered by {@link #phase()}, then {@link #rank()}, then {@link #table()}, then
 * {@link #objectName()}, which makes the same input produce the same changeset byte for byte.
 */
public sealed interface SchemaChange permits RenameChange, NamespaceChange, TableChange, ColumnChange, ConstraintChange,
        SequenceChange, EnumTypeChange, CompositeTypeChange, PolicyChange, ViewChange {

    /** Returns the operation that undoes this one. */
    SchemaChange reverse();

    /** Returns when this operation runs relative to the others. */
    Phase phase();

    /**
     * Returns the operation's place within its phase before table order: 0, except for an object that must come after
     * (or, when negative, before) others of its phase that it depends on, as a view that reads another view.
     */
    default int rank() {
        return 0;
    }

    /** Returns the table (or, for a sequence, the sequence) the operation is about. */
    QualifiedName table();

    /** Returns the name of the changed object within the table, or the table's own name. */
    String objectName();
}
