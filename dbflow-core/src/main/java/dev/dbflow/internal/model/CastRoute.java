package dev.dbflow.internal.model;

import java.util.List;
import java.util.Optional;

/** How a column's values are converted when its type changes: the casts PostgreSQL allows between two types. */
@FunctionalInterface
public interface CastRoute {

    /** Every conversion taken as direct, as Liquibase's {@code modifyDataType} writes it ({@code USING col::type}). */
    CastRoute DIRECT = (from, to) -> Optional.of(List.of());

    /**
     * Returns the types to cast through on the way from {@code from} to {@code to}, both as {@code format_type}
     * prints them (e.g. {@code bit(1)}, {@code character varying(40)}).
     *
     * @return an empty list when {@code value::to} works; the intermediate types in order when it takes more steps
     *         ({@code bit} to {@code boolean} goes through {@code integer}); empty when PostgreSQL has no route
     */
    Optional<List<String>> through(String from, String to);
}
