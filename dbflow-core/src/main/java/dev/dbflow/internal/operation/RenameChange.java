package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.QualifiedName;

/** Renames a table or a column, keeping its data; declared by the developer, never guessed. */
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
}
