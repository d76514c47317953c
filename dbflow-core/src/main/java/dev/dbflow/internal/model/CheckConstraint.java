package dev.dbflow.internal.model;

import java.io.Serializable;

/**
 * A check constraint.
 *
 * @param name       constraint name
 * @param definition the constraint as {@code pg_get_constraintdef} prints it, e.g.
 *                   {@code CHECK ((amount >= 0))}
 */
public record CheckConstraint(String name, String definition) implements Serializable {
}
