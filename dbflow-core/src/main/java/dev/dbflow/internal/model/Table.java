package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A table with everything that belongs to it.
 *
 * @param name              the table
 * @param columns           columns in their table order (attnum)
 * @param primaryKey        the primary key, or null
 * @param foreignKeys       foreign keys sorted by name
 * @param uniqueConstraints unique constraints sorted by name
 * @param indexes           indexes that back no constraint, sorted by name
 * @param checks            check constraints sorted by name
 * @param comment           the table comment, or null
 * @param rowSecurity       the row-level security switches; null on the entities' side for a table whose entity
 *                          does not declare {@code @RowLevelSecurity}, whose switches and policies are left alone
 * @param policies          row-level security policies sorted by name
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints,
                    List<Index> indexes, List<CheckConstraint> checks, String comment, RowSecurity rowSecurity,
                    List<Policy> policies) implements Serializable {

    public Table {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        policies = policies.stream().sorted(java.util.Comparator.comparing(Policy::name)).toList();
    }

    /** A table without row-level security or policies. */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
                 List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<CheckConstraint> checks,
                 String comment) {
        this(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, comment, RowSecurity.OFF,
                List.of());
    }

    /** Returns this table with other row-level security switches and policies. */
    public Table withRowSecurity(RowSecurity switches, List<Policy> tablePolicies) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, comment,
                switches, tablePolicies);
    }

    /** Returns the column with this name, if the table has one. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
