package dev.dbflow.internal.load.mapping;

import java.util.List;

/**
 * Hibernate's mapping of the project's classes.
 *
 * @param createScript Hibernate's create DDL, one statement per element without delimiter, in Hibernate's order
 *                     (schemas, sequences, tables, then constraints): what {@code ddl-auto=create} would run
 * @param entities     the mapped entities, in Hibernate's order
 */
public record Mapping(List<String> createScript, List<MappedEntity> entities) {

    public Mapping {
        createScript = List.copyOf(createScript);
        entities = List.copyOf(entities);
    }
}
