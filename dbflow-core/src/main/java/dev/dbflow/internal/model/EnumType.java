package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.List;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE … AS ENUM}), as Hibernate creates one for an attribute mapped with
 * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}.
 *
 * @param name   the type's schema and name
 * @param labels its values in their sort order ({@code pg_enum.enumsortorder})
 */
public record EnumType(QualifiedName name, List<String> labels) implements Serializable {

    public EnumType {
        labels = List.copyOf(labels);
    }

    /**
     * Returns true when {@code next} keeps every label of this type in the same relative order and only adds
     * labels, the one change PostgreSQL makes in place ({@code ALTER TYPE … ADD VALUE}).
     */
    public boolean onlyAddsTo(EnumType next) {
        List<String> kept = next.labels.stream().filter(labels::contains).toList();
        return kept.equals(labels);
    }
}
