package dev.dbflow.internal.fuzz;

import jakarta.persistence.InheritanceType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A random entity model for the property-based test: entities with typed, possibly nullable, unique or indexed
 * columns, many-to-one references to entity {@code e1}, an enum stored as text or as a PostgreSQL enum type, and
 * {@code e2} possibly a subclass of {@code e1} (single table, joined, or table per class), and a row-level security
 * policy on {@code e1}'s table, rendered as the JPA sources of a project.
 *
 * @param entities    the entities, each a table
 * @param levels      the constants of enum {@code Level}, which {@link Kind#LEVEL} fields store by name and
 *                    {@link Kind#NAMED_LEVEL} fields as PostgreSQL enum type {@code level}
 * @param inheritance how {@code e2} extends {@code e1} when both exist, or {@code null} for not at all
 * @param policy      the row-level security policy of {@code e1}'s table, or null for none (and RLS not managed)
 */
record RandomModel(List<Entity> entities, List<String> levels, InheritanceType inheritance, RandomPolicy policy) {

    /**
     * A policy {@code p1} for {@code command} whose USING expression is {@code column IS NOT NULL}; {@code id} stands
     * in for a column the model no longer has. With no column, row-level security is switched off and the table has no
     * policy: removing the annotations instead would leave the table unmanaged, its policies in place by design.
     */
    record RandomPolicy(String column, String command) {
        static final RandomPolicy OFF = new RandomPolicy(null, null);

        String source(Entity root) {
            if (column == null) {
                return "@dev.dbflow.annotations.RowLevelSecurity(enabled = false) ";
            }
            String used = root.fields().stream().anyMatch(f -> f.name().equals(column)) ? column : "id";
            return "@dev.dbflow.annotations.RowLevelSecurity @dev.dbflow.annotations.Policy(name = \"p1\", command = "
                    + "dev.dbflow.annotations.Policy.Command." + command + ", using = \"" + used + " is not null\") ";
        }
    }

    RandomModel withEntities(List<Entity> changed) {
        return new RandomModel(changed, levels, inheritance, policy);
    }

    RandomModel withLevels(List<String> changed) {
        return new RandomModel(entities, changed, inheritance, policy);
    }

    RandomModel withInheritance(InheritanceType changed) {
        return new RandomModel(entities, levels, changed, policy);
    }

    RandomModel withPolicy(RandomPolicy changed) {
        return new RandomModel(entities, levels, inheritance, changed);
    }

    /** The entity every {@link Kind#REF} field refers to (itself, for a field of {@code e1}). */
    static final String REFERENCED = "e1";

    /** The column types a field can map to, as the Java type and the annotation attributes that shape it. */
    enum Kind {
        STRING("String", "length = %d"), TEXT("String", "columnDefinition = \"text\""), INT("Integer", null),
        LONG("Long", null), DECIMAL("java.math.BigDecimal", "precision = %d, scale = 2"),
        DATE("java.time.LocalDate", null), INSTANT("java.time.Instant", null), BOOL("Boolean", null),
        LEVEL("Level", null), NAMED_LEVEL("Level", null), REF("E1", null);

        final String javaType;
        final String attributes;

        Kind(String javaType, String attributes) {
            this.javaType = javaType;
            this.attributes = attributes;
        }

        /** A SQL value of this type, for a backfill. */
        String sample() {
            return switch (this) {
                case STRING, TEXT -> "'x'";
                case INT, LONG, DECIMAL, REF -> "0";
                case DATE -> "current_date";
                case INSTANT -> "now()";
                case BOOL -> "false";
                case LEVEL, NAMED_LEVEL -> "'L1'";
            };
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
            String enumerated = switch (kind) {
                case LEVEL -> "@Enumerated(EnumType.STRING) ";
                case NAMED_LEVEL -> "@Enumerated(EnumType.STRING) @org.hibernate.annotations.JdbcTypeCode("
                        + "org.hibernate.type.SqlTypes.NAMED_ENUM) ";
                default -> "";
            };
            return "    " + enumerated + "@Column("
                    + String.join(", ", attributes) + ") " + kind.javaType + " " + name + ";\n";
        }
    }

    /** One entity: table {@code name}, its fields in order. */
    record Entity(String name, List<Field> fields) {
        /**
         * @param inheritance the strategy of the hierarchy this entity is in, or null
         * @param root        true for the hierarchy's root, false for the subclass (it extends {@code E1})
         */
        String source(InheritanceType inheritance, boolean root, RandomPolicy policy) {
            String indexes = fields.stream().filter(Field::indexed)
                    .map(f -> "@Index(name = \"ix_" + name + "_" + f.name() + "\", columnList = \"" + f.name() + "\")")
                    .collect(Collectors.joining(", "));
            // A single-table subclass has its root's table: no table of its own to name or index.
            String table = inheritance == InheritanceType.SINGLE_TABLE && !root ? ""
                    : "@Table(name = \"" + name + "\", indexes = {" + indexes + "})";
            String strategy = inheritance != null && root ? "@Inheritance(strategy = InheritanceType." + inheritance
                    + ") " : "";
            String security = root && policy != null ? policy.source(this) : "";
            return "package app;\nimport jakarta.persistence.*;\n@Entity " + strategy + security + table + "\npublic class "
                    + className() + (inheritance != null && !root ? " extends E1 {\n" : " {\n    @Id Long id;\n")
                    + fields.stream().map(Field::source).collect(Collectors.joining()) + "}\n";
        }

        /** e1's fields are f1, f2, ...; e2's g1, g2, ...: a subclass must not redeclare its root's fields. */
        static String fieldPrefix(String entity) {
            return entity.equals(REFERENCED) ? "f" : "g";
        }

        String fieldPrefix() {
            return fieldPrefix(name);
        }

        String className() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    /**
     * Returns a backfill value for every column either table could gain as NOT NULL: a changed inheritance moves
     * columns between the tables (the root's into a table-per-class subclass's, a discriminator into the root's),
     * and what existing rows get is the developer's answer (DD001), given here as a developer would.
     */
    List<String> backfills() {
        List<String> values = new ArrayList<>();
        for (String table : List.of(REFERENCED, "e2")) {
            values.add(table + ".id=0");
            values.add(table + ".dtype='E1'");
            entities.forEach(e -> e.fields().forEach(f -> values.add(table + "." + f.name() + "=" + f.kind().sample())));
        }
        return values;
    }

    /** Returns the sources, one file per entity, and the enum. */
    Map<String, String> sources() {
        InheritanceType hierarchy = entities.size() == 2 ? inheritance : null;
        Map<String, String> sources = new LinkedHashMap<>();
        entities.forEach(e -> sources.put("app/" + e.className() + ".java",
                e.source(hierarchy, e.name().equals(REFERENCED), policy)));
        sources.put("app/Level.java", "package app;\npublic enum Level { " + String.join(", ", levels) + " }\n");
        return sources;
    }
}
