package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.List;

/**
 * An index that does not back a constraint (constraint indexes belong to their constraint).
 *
 * @param name       index name
 * @param columns    indexed columns in index order; an expression key appears as its text
 * @param unique     true for a unique index
 * @param definition the full {@code pg_get_indexdef} text, which also carries method, ordering and
 *                   predicate; two indexes are equal only when their definitions are
 * @param simple      true when the index is a plain btree over columns with no predicate, so that
 *                    Liquibase's {@code createIndex} can express it exactly
 * @param describable true when an entity's {@code @Index} can declare it (btree over columns, ascending or
 *                    descending, no predicate, no expression, no INCLUDE); other indexes are left alone
 */
public record Index(String name, List<String> columns, boolean unique, String definition, boolean simple,
                    boolean describable) implements Serializable {
    public Index {
        columns = List.copyOf(columns);
    }
}
