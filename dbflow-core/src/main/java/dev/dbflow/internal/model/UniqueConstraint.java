package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.List;

/**
 * A unique constraint.
 *
 * @param name    constraint name
 * @param columns constrained columns in constraint order
 */
public record UniqueConstraint(String name, List<String> columns) implements Serializable {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
