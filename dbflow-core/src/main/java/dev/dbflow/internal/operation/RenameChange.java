package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.QualifiedName;

/**
 * Renames a table, a column, an index or a constraint. Tables and columns are renamed when the developer declares it,
 * never guessed; an index or constraint when the mapping names it explicitly and the changelog's object that does
 * the same thing has another name.
 */
public sealed interface RenameChange extends SchemaChange {

    /** {@code ALTER TABLE from RENAME TO to} (same schema). */
    record RenameTable(QualifiedName from, String to) implements RenameChange {
        public SchemaChange reverse() { return new RenameTable(new QualifiedName(from.schema(), to), from.name()); }
        public Phase phase() { return Phase.RENAME_TABLE; }
        public QualifiedName table() { return from; }
        public String objectName() { return to; }
    }

    /** {@code ALTER TABLE table RENAME COLUMN from TO to}; {@code table} is named as it is after table renames. */
    record RenameColumn(QualifiedName table, String from, String to) implements RenameChange {
        public SchemaChange reverse() { return new RenameColumn(table, to, from); }
        public Phase phase() { return Phase.RENAME_COLUMN; }
        public String objectName() { return from; }
    }

    /**
     * {@code ALTER INDEX from RENAME TO to} for an index, else {@code ALTER TABLE table RENAME CONSTRAINT from TO to}.
     */
    record RenameConstraint(QualifiedName table, ConstraintChange.Kind kind, String from, String to)
            implements RenameChange {
        public SchemaChange reverse() { return new RenameConstraint(table, kind, to, from); }
        public Phase phase() { return Phase.RENAME_CONSTRAINT; }
        public String objectName() { return from; }
    }
}
