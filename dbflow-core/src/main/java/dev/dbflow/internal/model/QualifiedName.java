package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * A schema-qualified object name, as PostgreSQL stores it (already case-folded; no quotes).
 *
 * @param schema the schema, e.g. {@code public}
 * @param name   the object name within the schema
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName>, Serializable {

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    /** Returns {@code name} for the {@code public} schema, else {@code schema.name}, for messages. */
    public String display() {
        return "public".equals(schema) ? name : schema + "." + name;
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return display();
    }
}
