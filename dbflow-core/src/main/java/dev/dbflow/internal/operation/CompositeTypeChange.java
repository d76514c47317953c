package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.CompositeType;
import dev.dbflow.internal.model.QualifiedName;

import java.util.List;

/** Creates, drops or changes the attributes of a PostgreSQL composite type. */
public sealed interface CompositeTypeChange extends SchemaChange {

    /** Returns the type after the change, or before it for a drop. */
    CompositeType type();

    default QualifiedName table() {
        return type().name();
    }

    default String objectName() {
        return type().name().name();
    }

    /**
     * Create a composite type; it runs after the enum types its attributes may use, after the composite types they
     * use ({@code depth}: how many lie between it and attributes of other types), and before the tables.
     */
    record CreateCompositeType(CompositeType type, int depth) implements CompositeTypeChange {
        public SchemaChange reverse() { return new DropCompositeType(type, depth); }
        public Phase phase() { return Phase.CREATE_COMPOSITE_TYPE; }
        public int rank() { return depth; }
    }

    /**
     * Drop a composite type, after the columns and composite types that used it and before the enum types and
     * composite types it used.
     */
    record DropCompositeType(CompositeType type, int depth) implements CompositeTypeChange {
        public SchemaChange reverse() { return new CreateCompositeType(type, depth); }
        public Phase phase() { return Phase.DROP_COMPOSITE_TYPE; }
        public int rank() { return -depth; }
    }

    /**
     * Change the attributes of {@code from} to those of {@code type}: added, dropped, given another type or put in
     * another order. Hibernate reads and writes a struct by position, so the order is part of the type; PostgreSQL
     * changes a type in place only by adding attributes at its end or, when no column uses it, by any {@code ALTER
     * TYPE}; anything else rebuilds the type and converts the columns that use it ({@code usedBy}).
     */
    record AlterCompositeType(CompositeType from, CompositeType type, List<EnumTypeChange.QualifiedColumn> usedBy)
            implements CompositeTypeChange {
        public AlterCompositeType {
            usedBy = List.copyOf(usedBy);
        }

        public SchemaChange reverse() {
            return new AlterCompositeType(type, from, usedBy.stream().map(EnumTypeChange.QualifiedColumn::reverse)
                    .toList());
        }
        public Phase phase() { return Phase.ALTER_TYPE; }

        /** Returns true when PostgreSQL can make the change in place. */
        public boolean inPlace() {
            List<CompositeType.Attribute> kept = type.attributes().subList(0,
                    Math.min(from.attributes().size(), type.attributes().size()));
            return usedBy.isEmpty() || kept.equals(from.attributes());
        }
    }
}
