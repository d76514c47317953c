package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.EnumType;
import dev.dbflow.internal.model.QualifiedName;

import java.util.List;

/** Creates, drops or changes the values of a PostgreSQL enum type. */
public sealed interface EnumTypeChange extends SchemaChange {

    /** Returns the type after the change, or before it for a drop. */
    EnumType type();

    default QualifiedName table() {
        return type().name();
    }

    default String objectName() {
        return type().name().name();
    }

    /** Create an enum type; it runs before the tables whose columns use it. */
    record CreateEnumType(EnumType type) implements EnumTypeChange {
        public SchemaChange reverse() { return new DropEnumType(type); }
        public Phase phase() { return Phase.CREATE_TYPE; }
    }

    /** Drop an enum type, after the columns that used it; it holds the values a rollback recreates. */
    record DropEnumType(EnumType type) implements EnumTypeChange {
        public SchemaChange reverse() { return new CreateEnumType(type); }
        public Phase phase() { return Phase.DROP_TYPE; }
    }

    /**
     * Change the values of {@code from} to those of {@code type}. Only adding values can be done in place; anything
     * else rebuilds the type and converts the columns that use it ({@code usedBy}, {@code table.column}).
     */
    record AlterEnumType(EnumType from, EnumType type, List<QualifiedColumn> usedBy) implements EnumTypeChange {
        public AlterEnumType {
            usedBy = List.copyOf(usedBy);
        }

        public SchemaChange reverse() { return new AlterEnumType(type, from, usedBy); }
        public Phase phase() { return Phase.ALTER_TYPE; }

        /** Returns true when PostgreSQL can make the change in place ({@code ADD VALUE}). */
        public boolean inPlace() {
            return from.onlyAddsTo(type);
        }
    }

    /** A column of a table, named for the statements that convert it. */
    record QualifiedColumn(QualifiedName table, String column) {
    }
}
