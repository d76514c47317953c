package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Sequence;

/** Adds, drops or alters one column. */
public sealed interface ColumnChange extends SchemaChange {

    /** Returns the column name. */
    String column();

    default String objectName() {
        return column();
    }

    /** Add {@code column} to {@code table}. */
    record AddColumn(QualifiedName table, Column definition) implements ColumnChange {
        public SchemaChange reverse() { return new DropColumn(table, definition); }
        public Phase phase() { return Phase.ADD_COLUMN; }
        public String column() { return definition.name(); }
    }

    /** Drop a column; {@code definition} is what a rollback adds back (the data is not). */
    record DropColumn(QualifiedName table, Column definition) implements ColumnChange {
        public SchemaChange reverse() { return new AddColumn(table, definition); }
        public Phase phase() { return Phase.DROP_COLUMN; }
        public String column() { return definition.name(); }
    }

    /**
     * Change a column's type, default, nullability, identity or comment from {@code from} to {@code to}
     * (same name). One operation per column keeps the steps of one column in a workable order: the old
     * default goes before the type changes and the new one comes after.
     */
    record AlterColumn(QualifiedName table, Column from, Column to) implements ColumnChange {
        public SchemaChange reverse() { return new AlterColumn(table, to, from); }
        public Phase phase() { return Phase.ALTER; }
        public String column() { return to.name(); }
    }

    /**
     * Turn the serial column {@code serial} (a default taking {@code nextval} of {@code sequence}, which it owns) into
     * the identity column {@code identity} ({@code toIdentity}), or back; either way the values it hands out go on from
     * where the other form's sequence stood, and the serial form's sequence is dropped or created again.
     */
    record ConvertSerial(QualifiedName table, Column serial, Column identity, Sequence sequence, boolean toIdentity)
            implements ColumnChange {
        public SchemaChange reverse() { return new ConvertSerial(table, serial, identity, sequence, !toIdentity); }
        public Phase phase() { return Phase.ALTER; }
        public String column() { return identity.name(); }
    }

    /**
     * Fill a column's NULLs in existing rows with {@code value} (SQL as the developer wrote it) before it is made NOT
     * NULL: a new column ({@code added}) between adding it nullable and making it NOT NULL, an existing one just before.
     * Its reverse ({@code forward} false) does nothing: dropping a new column undoes it, and an existing column's
     * rows keep the values, since nothing tells them from values the application wrote.
     */
    record Backfill(QualifiedName table, String column, String value, boolean added, boolean forward)
            implements ColumnChange {
        public SchemaChange reverse() { return new Backfill(table, column, value, added, !forward); }
        public Phase phase() { return Phase.ALTER; }
    }
}
