package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.CheckConstraint;
import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.model.PrimaryKey;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.UniqueConstraint;

/**
 * Adds or drops one primary key, foreign key, unique constraint, index or check constraint. Each holds the
 * whole definition, so its reverse can recreate it.
 *
 * @see Kind
 */
public sealed interface ConstraintChange extends SchemaChange {

    /** The kinds of table-level objects. */
    enum Kind { PRIMARY_KEY, FOREIGN_KEY, UNIQUE, INDEX, CHECK }

    /** Returns true for an add, false for a drop. */
    boolean add();

    /** Returns what kind of object this changes. */
    Kind kind();

    /** Returns the change with {@link #add()} flipped. */
    default SchemaChange reverse() {
        return flip();
    }

    /** Returns this change with add and drop swapped. */
    ConstraintChange flip();

    default Phase phase() {
        return switch (kind()) {
            case PRIMARY_KEY -> add() ? Phase.ADD_PRIMARY_KEY : Phase.DROP_PRIMARY_KEY;
            case FOREIGN_KEY -> add() ? Phase.ADD_FOREIGN_KEY : Phase.DROP_FOREIGN_KEY;
            default -> add() ? Phase.ADD_CONSTRAINT : Phase.DROP_CONSTRAINT;
        };
    }

    /** Add or drop a primary key. */
    record PrimaryKeyChange(QualifiedName table, PrimaryKey key, boolean add) implements ConstraintChange {
        public ConstraintChange flip() { return new PrimaryKeyChange(table, key, !add); }
        public Kind kind() { return Kind.PRIMARY_KEY; }
        public String objectName() { return key.name(); }
    }

    /** Add or drop a foreign key. */
    record ForeignKeyChange(QualifiedName table, ForeignKey key, boolean add) implements ConstraintChange {
        public ConstraintChange flip() { return new ForeignKeyChange(table, key, !add); }
        public Kind kind() { return Kind.FOREIGN_KEY; }
        public String objectName() { return key.name(); }
    }

    /** Add or drop a unique constraint. */
    record UniqueChange(QualifiedName table, UniqueConstraint constraint, boolean add) implements ConstraintChange {
        public ConstraintChange flip() { return new UniqueChange(table, constraint, !add); }
        public Kind kind() { return Kind.UNIQUE; }
        public String objectName() { return constraint.name(); }
    }

    /** Create or drop an index. */
    record IndexChange(QualifiedName table, Index index, boolean add) implements ConstraintChange {
        public ConstraintChange flip() { return new IndexChange(table, index, !add); }
        public Kind kind() { return Kind.INDEX; }
        public String objectName() { return index.name(); }
    }

    /** Add or drop a check constraint. */
    record CheckChange(QualifiedName table, CheckConstraint check, boolean add) implements ConstraintChange {
        public ConstraintChange flip() { return new CheckChange(table, check, !add); }
        public Kind kind() { return Kind.CHECK; }
        public String objectName() { return check.name(); }
    }
}
