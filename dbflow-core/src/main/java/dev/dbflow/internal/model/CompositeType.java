package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL composite type ({@code CREATE TYPE … AS (…)}), as Hibernate creates one for an embeddable mapped with
 * {@code @Struct}.
 *
 * @param name       the type's schema and name
 * @param attributes its attributes in their order ({@code attnum})
 */
public record CompositeType(QualifiedName name, List<Attribute> attributes) implements Serializable {

    public CompositeType {
        attributes = List.copyOf(attributes);
    }

    /**
     * One attribute.
     *
     * @param name the attribute's name
     * @param type its type as {@code format_type} prints it
     */
    public record Attribute(String name, String type) implements Serializable {
    }

    /** Returns the attribute named {@code attribute}, if the type has one. */
    public Optional<Attribute> attribute(String attribute) {
        return attributes.stream().filter(a -> a.name().equals(attribute)).findFirst();
    }
}
