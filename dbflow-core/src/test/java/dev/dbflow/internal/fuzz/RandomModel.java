package dev.dbflow.internal.fuzz;

import jakarta.persistence.InheritanceType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A random entity model for the property-based test: entities with typed, possibly nullable, unique, indexed or
 * collated columns, many-to-one references to entity {@code e1}, an enum stored as text or as a PostgreSQL enum type, and
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

    /**
     * Returns a model drawn from {@code random}: one or two entities of one to four fields, one to three enum
     * constants, an inheritance half of the time, and a policy on one of e1's first five columns (or {@code id}, when
     * e1 has fewer) five times in six.
     */
    static RandomModel draw(Random random) {
        List<Entity> entities = Stream.of(REFERENCED, "e2").limit(1 + random.nextInt(2))
                .map(name -> new Entity(name, IntStream.rangeClosed(1, 1 + random.nextInt(4))
                        .mapToObj(i -> Field.draw(Entity.fieldPrefix(name) + i, random)).toList()))
                .toList();
        List<String> levels = IntStream.rangeClosed(1, 1 + random.nextInt(3)).mapToObj(i -> "L" + i).toList();
        InheritanceType inheritance = random.nextBoolean() ? null
                : InheritanceType.values()[random.nextInt(InheritanceType.values().length)];
        int policyField = random.nextInt(6);
        return new RandomModel(entities, levels, inheritance, policyField == 0 ? null
                : new RandomPolicy("f" + policyField, random.nextBoolean() ? "ALL" : "SELECT"));
    }

    /**
     * Returns the models one step simpler than this one, biggest steps first, for the reducer: an entity left out
     * (with the references to it), no inheritance, no policy, a field left out, the last enum constant left out, a
     * field made plain (nullable, not unique, not indexed) or a string. Each step removes or resets something, so
     * taking steps ends.
     */
    Stream<RandomModel> simpler() {
        Stream<RandomModel> withoutEntity = entities.size() < 2 ? Stream.empty() : entities.stream()
                .map(e -> withEntities(entities.stream().filter(x -> !x.name().equals(e.name())).toList()));
        Stream<RandomModel> plain = Stream.of(inheritance == null ? null : withInheritance(null),
                policy == null ? null : withPolicy(null),
                levels.size() < 2 ? null : withLevels(levels.subList(0, levels.size() - 1)));
        Stream<RandomModel> fields = entities.stream().flatMap(e -> e.fields().stream().flatMap(f -> Stream.of(
                e.fields().size() < 2 ? null : withEntity(e.without(f)),
                f.isPlain() ? null : withEntity(e.with(f.withNullable(true).withUnique(false).withIndexed(false))),
                f.collated() ? withEntity(e.with(f.withCollated(false))) : null,
                f.kind() == Kind.STRING ? null : withEntity(e.with(f.withKind(Kind.STRING))))));
        return Stream.of(withoutEntity, plain, fields).flatMap(s -> s).filter(Objects::nonNull);
    }

    /** Returns this model with {@code changed} in place of the entity of its name. */
    RandomModel withEntity(Entity changed) {
        return withEntities(entities.stream().map(e -> e.name().equals(changed.name()) ? changed : e).toList());
    }

    /** Returns this model with {@code changed} as its entities, without references when e1 is not among them. */
    RandomModel withEntities(List<Entity> changed) {
        boolean referenced = changed.stream().anyMatch(e -> e.name().equals(REFERENCED));
        return new RandomModel(referenced ? List.copyOf(changed) : changed.stream().map(Entity::withoutReferences)
                .toList(), levels, inheritance, policy);
    }

    /** Returns the entity named {@code name}, or null when this model has none. */
    Entity entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
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

    /**
     * One field: a column named {@code name}; its index, when {@code indexed}, is {@code ix_<entity>_<field>}, with
     * {@code _r} after it when {@code renamedIndex}; a string or text column has collation {@code "C"} when
     * {@code collated} (other kinds have no collation to give).
     */
    record Field(String name, Kind kind, int size, boolean nullable, boolean unique, boolean indexed,
                 boolean renamedIndex, boolean collated) {
        Field(String name, Kind kind, int size, boolean nullable, boolean unique, boolean indexed) {
            this(name, kind, size, nullable, unique, indexed, false, false);
        }

        /** Returns a field named {@code name}: unique one time in eight, indexed one in six, collated one in six. */
        static Field draw(String name, Random random) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            int size = 3 + random.nextInt(298);
            return new Field(name, kind, kind == Kind.DECIMAL ? Math.min(size, 30) : size, random.nextBoolean(),
                    random.nextInt(8) == 0, random.nextInt(6) == 0, false, random.nextInt(6) == 0);
        }

        Field withCollated(boolean changed) {
            return new Field(name, kind, size, nullable, unique, indexed, renamedIndex, changed);
        }

        /** True when the column has a collation of its own: a collated string or text field. */
        boolean hasCollation() {
            return collated && (kind == Kind.STRING || kind == Kind.TEXT);
        }

        Field withKind(Kind changed) {
            return new Field(name, changed, size, nullable, unique, indexed, renamedIndex, collated);
        }

        Field withSize(int changed) {
            return new Field(name, kind, changed, nullable, unique, indexed, renamedIndex, collated);
        }

        Field withNullable(boolean changed) {
            return new Field(name, kind, size, changed, unique, indexed, renamedIndex, collated);
        }

        Field withUnique(boolean changed) {
            return new Field(name, kind, size, nullable, changed, indexed, renamedIndex, collated);
        }

        Field withIndexed(boolean changed) {
            return new Field(name, kind, size, nullable, unique, changed, renamedIndex, collated);
        }

        Field withRenamedIndex(boolean changed) {
            return new Field(name, kind, size, nullable, unique, indexed, changed, collated);
        }

        boolean isPlain() {
            return nullable && !unique && !indexed;
        }

        /** The number in the field's name: 3 for {@code f3}. */
        int number() {
            return Integer.parseInt(name.substring(1));
        }

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
            String collation = hasCollation() ? "@org.hibernate.annotations.Collate(\"C\") " : "";
            return "    " + enumerated + collation + "@Column("
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
                    .map(f -> "@Index(name = \"ix_" + name + "_" + f.name() + (f.renamedIndex() ? "_r" : "")
                            + "\", columnList = \"" + f.name() + "\")")
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

        /** Returns the field named {@code field}, or null when this entity has none. */
        Field field(String field) {
            return fields.stream().filter(f -> f.name().equals(field)).findFirst().orElse(null);
        }

        /** Returns this entity with {@code changed} in place of the field of its name. */
        Entity with(Field changed) {
            return new Entity(name, fields.stream().map(f -> f.name().equals(changed.name()) ? changed : f).toList());
        }

        Entity without(Field dropped) {
            return new Entity(name, fields.stream().filter(f -> !f.name().equals(dropped.name())).toList());
        }

        /** Returns a new nullable, not unique field of this entity, numbered after its last. */
        Field nextField(Kind kind, int size, boolean indexed) {
            return new Field(fieldPrefix() + (fields.stream().mapToInt(Field::number).max().orElse(0) + 1), kind, size,
                    true, false, indexed);
        }

        /** The entity without its references to {@link #REFERENCED}, which is gone; never without a field. */
        Entity withoutReferences() {
            List<Field> kept = fields.stream().filter(f -> f.kind() != Kind.REF).toList();
            return kept.isEmpty() ? new Entity(name, List.of(nextField(Kind.STRING, 40, false)))
                    : new Entity(name, kept);
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
