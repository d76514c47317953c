package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.EnumType;
import dev.dbflow.internal.model.Policy;
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
     *
     * @param dependents for an addition only: the policies that use the type or its columns, which the rebuild of its
     *                   rollback drops and creates again around itself (a forward rebuild's policies are the
     *                   changeset's own {@link PolicyChange}s)
     */
    record AlterEnumType(EnumType from, EnumType type, List<QualifiedColumn> usedBy, List<DependentPolicy> dependents)
            implements EnumTypeChange {
        public AlterEnumType {
            usedBy = List.copyOf(usedBy);
            dependents = List.copyOf(dependents);
        }

        public SchemaChange reverse() {
            return new AlterEnumType(type, from, usedBy.stream().map(QualifiedColumn::reverse).toList(), dependents);
        }
        public Phase phase() { return Phase.ALTER_TYPE; }

        /** Returns true when PostgreSQL can make the change in place ({@code ADD VALUE}). */
        public boolean inPlace() {
            return from.onlyAddsTo(type);
        }
    }

    /** A policy of {@code table} that PostgreSQL must not hold while the type is rebuilt. */
    record DependentPolicy(QualifiedName table, Policy policy) {
    }

    /**
     * A column that uses the type, for the statements that convert it. PostgreSQL cannot convert a column whose
     * default still has the old type, so the default is dropped first and set again after.
     *
     * @param defaultBefore the column's default before the change, or null
     * @param defaultAfter  its default after the change, or null
     */
    record QualifiedColumn(QualifiedName table, String column, String defaultBefore, String defaultAfter) {

        /** Returns the same column seen from the other direction. */
        public QualifiedColumn reverse() {
            return new QualifiedColumn(table, column, defaultAfter, defaultBefore);
        }
    }
}
