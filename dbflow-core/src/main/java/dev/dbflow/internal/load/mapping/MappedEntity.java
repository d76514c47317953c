package dev.dbflow.internal.load.mapping;

import java.util.List;
import java.util.Map;

/**
 * One entity as Hibernate maps it; names as PostgreSQL stores them (quoted names as written, others in lower case).
 *
 * @param className       the entity class name
 * @param type            the entity class, loaded by the project's class loader; null for a dynamic entity
 * @param schema          the table's schema, {@code public} when the mapping names none
 * @param table           the table
 * @param rootClassName   the root entity of its hierarchy (its own name for a root)
 * @param sharesRootTable true for a subclass stored in its root's table (single-table inheritance)
 * @param columns         the columns of each attribute (identifier included, inherited ones too), by attribute name
 */
public record MappedEntity(String className, Class<?> type, String schema, String table, String rootClassName,
                           boolean sharesRootTable, Map<String, List<String>> columns) {

    public MappedEntity {
        columns = Map.copyOf(columns);
    }
}
