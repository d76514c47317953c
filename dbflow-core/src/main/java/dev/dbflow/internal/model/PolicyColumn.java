package dev.dbflow.internal.model;

import java.io.Serializable;

/**
 * A column a policy's expressions use ({@code pg_depend} of the policy on a table column), on its own table or, through
 * a subquery, on another.
 *
 * @param table  the column's table
 * @param column the column name
 */
public record PolicyColumn(QualifiedName table, String column) implements Serializable {
}
