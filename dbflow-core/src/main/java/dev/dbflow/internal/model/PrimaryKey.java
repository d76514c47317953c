package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.List;

/**
 * A primary key constraint.
 *
 * @param name    constraint name
 * @param columns key columns in key order
 */
public record PrimaryKey(String name, List<String> columns) implements Serializable {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
