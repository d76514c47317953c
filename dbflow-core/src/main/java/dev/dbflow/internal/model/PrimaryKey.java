package dev.dbflow.internal.model;

import java.util.List;

/**
 * A primary key constraint.
 *
 * @param name    constraint name
 * @param columns key columns in key order
 */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
