package dev.dbflow.internal.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A random entity model for the property-based test: entities with typed, possibly nullable, unique or indexed
 * columns, many-to-one references to entity {@code e1} and an enum stored as text, rendered as the JPA sources of a
 * project.
 *
 * @param entities the entities, each a table
 * @param levels   the constants of enum {@code Level}, which {@link Kind#LEVEL} fields store by name
 */
record RandomModel(List<Entity> entities, List<String> levels) {

    /** The entity every {@link Kind#REF} field refers to (itself, for a field of {@code e1}). */
    static final String REFERENCED = "e1";

    /** The column types a field can map to, as the Java type and the annotation attributes that shape it. */
    enum Kind {
        STRING("String", "length = %d"), TEXT("String", "columnDefinition = \"text\""), INT("Integer", null),
        LONG("Long", null), DECIMAL("java.math.BigDecimal", "precision = %d, scale = 2"),
        DATE("java.time.LocalDate", null), INSTANT("java.time.Instant", null), BOOL("Boolean", null),
        LEVEL("Level", null), REF("E1", null);

        final String javaType;
        final String attributes;

        Kind(String javaType, String attributes) {
            this.javaType = javaType;
            this.attributes = attributes;
        }
    }

    /** One field: a column named {@code name}. */
    record Field(String name, Kind kind, int size, boolean nullable, boolean unique, boolean indexed) {
        String source() {
            if (kind == Kind.REF) {
                return "    @ManyToOne @JoinColumn(name = \"" + name + "\", nullable = " + nullable + ", unique = " + unique
                        + ") " + kind.javaType + " " + name + ";\n";
            }
            List<String> attributes = new ArrayList<>();
            attributes.add("name = \"" + name + "\"");
            if (kind.attributes != null) {
                attributes.add(kind.attributes.formatted(size));
            }
            if (!nullable) {
                attributes.add("nullable = false");
            }
            if (unique) {
                attributes.add("unique = true");
            }
            return "    " + (kind == Kind.LEVEL ? "@Enumerated(EnumType.STRING) " : "") + "@Column("
                    + String.join(", ", attributes) + ") " + kind.javaType + " " + name + ";\n";
        }
    }

    /** One entity: table {@code name}, its fields in order. */
    record Entity(String name, List<Field> fields) {
        String source() {
            String indexes = fields.stream().filter(Field::indexed)
                    .map(f -> "@Index(name = \"ix_" + name + "_" + f.name() + "\", columnList = \"" + f.name() + "\")")
                    .collect(Collectors.joining(", "));
            return "package app;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"" + name + "\", indexes = {"
                    + indexes + "})\npublic class " + className() + " {\n    @Id Long id;\n"
                    + fields.stream().map(Field::source).collect(Collectors.joining()) + "}\n";
        }

        String className() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    /** Returns the sources, one file per entity, and the enum. */
    Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        entities.forEach(e -> sources.put("app/" + e.className() + ".java", e.source()));
        sources.put("app/Level.java", "package app;\npublic enum Level { " + String.join(", ", levels) + " }\n");
        return sources;
    }
}
