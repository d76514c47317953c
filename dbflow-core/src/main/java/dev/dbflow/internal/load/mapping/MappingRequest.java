package dev.dbflow.internal.load.mapping;

import java.util.List;
import java.util.Map;

/**
 * What to map and how.
 *
 * @param classNames     the mapped classes, from {@link dev.dbflow.internal.load.EntityScanner}
 * @param physicalNaming the class name of the physical naming strategy
 * @param implicitNaming the class name of the implicit naming strategy
 * @param serverVersion  the PostgreSQL server version the DDL is for, as {@code major.minor}
 * @param settings       Hibernate settings the application sets ({@code hibernate.*} keys), applied on top of
 *                       dbflow's
 */
public record MappingRequest(List<String> classNames, String physicalNaming, String implicitNaming,
                             String serverVersion, Map<String, String> settings) {

    public MappingRequest {
        classNames = List.copyOf(classNames);
        settings = Map.copyOf(settings);
    }
}
