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
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints,
                    List<Index> indexes, List<CheckConstraint> checks, String comment) implements Serializable {

    public Table {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /** Returns the column with this name, if the table has one. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
