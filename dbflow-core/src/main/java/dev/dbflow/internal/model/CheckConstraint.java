package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.List;

/**
 * A check constraint.
 *
 * @param name       constraint name
 * @param definition the constraint as {@code pg_get_constraintdef} prints it, e.g.
 *                   {@code CHECK ((amount >= 0))}
 * @param columns    the columns its expression uses ({@code pg_constraint.conkey}), in {@code conkey} order
 */
public record CheckConstraint(String name, String definition, List<String> columns) implements Serializable {
    public CheckConstraint {
        columns = List.copyOf(columns);
    }
}
