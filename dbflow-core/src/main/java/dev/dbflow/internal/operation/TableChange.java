package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.RowSecurity;
import dev.dbflow.internal.model.Table;

/**
 * Creates or drops a table with its columns and primary key, or changes its comment or row-level security switches.
 * A table's foreign keys, unique constraints, indexes and checks are separate {@link ConstraintChange}s, its policies
 * {@link PolicyChange}s.
 */
public sealed interface TableChange extends SchemaChange {

    /** Create the table {@code definition} describes: its columns, primary key and comment. */
    record CreateTable(Table definition) implements TableChange {
        public SchemaChange reverse() { return new DropTable(definition); }
        public Phase phase() { return Phase.CREATE_TABLE; }
        public QualifiedName table() { return definition.name(); }
        public String objectName() { return definition.name().name(); }
    }

    /** Drop a table; {@code definition} is what a rollback recreates (the data is not). */
    record DropTable(Table definition) implements TableChange {
        public SchemaChange reverse() { return new CreateTable(definition); }
        public Phase phase() { return Phase.DROP_TABLE; }
        public QualifiedName table() { return definition.name(); }
        public String objectName() { return definition.name().name(); }
    }

    /** Change the table comment from {@code from} to {@code to}; either may be null. */
    record SetTableComment(QualifiedName table, String from, String to) implements TableChange {
        public SchemaChange reverse() { return new SetTableComment(table, to, from); }
        public Phase phase() { return Phase.ALTER; }
        public String objectName() { return table.name(); }
    }

    /**
     * Switch row-level security of {@code table} from {@code from} to {@code to}. Switching it on runs late, when a
     * new table exists; switching it off runs early, while a table the changeset drops still exists.
     */
    record SetRowSecurity(QualifiedName table, RowSecurity from, RowSecurity to) implements TableChange {
        public SchemaChange reverse() { return new SetRowSecurity(table, to, from); }
        public Phase phase() { return to.enabled() ? Phase.ROW_SECURITY : Phase.DROP_POLICY; }
        public String objectName() { return table.name(); }
    }
}
