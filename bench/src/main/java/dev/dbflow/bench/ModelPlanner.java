package dev.dbflow.bench;

import dev.dbflow.bench.EntityModel.Attribute;
import dev.dbflow.bench.FieldCatalog.Embeddable;
import dev.dbflow.bench.FieldCatalog.EnumType;
import dev.dbflow.bench.FieldCatalog.Field;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static dev.dbflow.bench.FieldCatalog.lowerFirst;
import static dev.dbflow.bench.FieldCatalog.snake;

/**
 * Decides what each of the N entities looks like. Entity {@code i} depends only on {@code i} (its own seeded
 * random), so the model of 100 entities starts with the model of 10, and runs are repeatable.
 */
final class ModelPlanner {

    private static final long SEED = 20_251_129L;
    private static final int MAX_IDENTIFIER = 63;
    /** Most foreign keys in a business schema point at a few central tables (customer, product, ...). */
    private static final int HUB_COUNT = 10;

    private ModelPlanner() {
    }

    /** Returns the N entities, each referencing only entities before it (or itself). */
    static List<EntityModel> plan(int count) {
        int distinct = FieldCatalog.NOUNS.size() * FieldCatalog.MODULES.size();
        if (count > distinct) {
            throw new IllegalArgumentException(
                    "At most " + distinct + " entities have distinct names; asked for " + count);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int nouns = FieldCatalog.NOUNS.size();
            names.add(FieldCatalog.MODULES.get(i / nouns) + FieldCatalog.NOUNS.get(i % nouns));
        }
        List<EntityModel> entities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entities.add(new Draft(i, names).build());
        }
        return entities;
    }

    /** One entity being planned: what it has so far, and the names its columns already take. */
    private static final class Draft {

        private final int index;
        private final List<String> names;
        private final Random random;
        private final String className;
        private final String table;
        private final Set<String> used = new LinkedHashSet<>();
        private final Set<String> imports = new TreeSet<>();
        private final List<Attribute> attributes = new ArrayList<>();
        private final List<String> indexes = new ArrayList<>();
        private final List<String> uniques = new ArrayList<>();
        private String firstDate;

        Draft(int index, List<String> names) {
            this.index = index;
            this.names = names;
            this.random = new Random(SEED * 1_000_003L + index);
            this.className = names.get(index);
            this.table = snake(className);
        }

        EntityModel build() {
            addId(random.nextInt(10) < 4);
            if (random.nextInt(5) == 0) {
                add(new Attribute("long", "version", List.of("@Version"), true));
            }
            if (random.nextInt(6) == 0) {
                addEmbedded(FieldCatalog.EMBEDDABLES.get(random.nextInt(FieldCatalog.EMBEDDABLES.size())));
            }
            if (random.nextInt(3) == 0) {
                addEnum(FieldCatalog.ENUMS.get(random.nextInt(FieldCatalog.ENUMS.size())));
            }
            addFields(3 + random.nextInt(10));
            references().forEach(this::addReference);
            addKeys();
            return new EntityModel(className, table, classAnnotations(), attributes, imports);
        }

        private void add(Attribute attribute) {
            attributes.add(attribute);
            used.add(attribute.name());
        }

        private void addId(boolean sequence) {
            String generator = table + "_seq";
            add(new Attribute("Long", "id", sequence
                    ? List.of("@Id",
                            "@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"" + generator + "\")",
                            "@SequenceGenerator(name = \"" + generator + "\", sequenceName = \"" + generator
                                    + "\", allocationSize = 50)")
                    : List.of("@Id", "@GeneratedValue(strategy = GenerationType.IDENTITY)"), false));
        }

        // An embedded type's columns carry its field names unprefixed, so they must not collide with the entity's.
        private void addEmbedded(Embeddable embeddable) {
            add(new Attribute(embeddable.className(), embeddable.fieldName(), List.of("@Embedded"), true));
            embeddable.fields().forEach(field -> used.add(field.name()));
        }

        private void addEnum(EnumType type) {
            String nullable = random.nextBoolean() ? "nullable = false, " : "";
            add(new Attribute(type.className(), type.fieldName(),
                    List.of("@Enumerated(EnumType.STRING)", "@Column(" + nullable + "length = 20)"), true));
        }

        private void addFields(int wanted) {
            List<Field> pool = new ArrayList<>(FieldCatalog.FIELDS);
            Collections.shuffle(pool, random);
            for (Field field : pool) {
                if (wanted == 0) {
                    return;
                }
                if (used.contains(field.name())) {
                    continue;
                }
                wanted--;
                add(new Attribute(field.type(), field.name(), columnAnnotations(field), true));
                if (field.importName() != null) {
                    imports.add(field.importName());
                    if (firstDate == null && field.importName().startsWith("java.time.")) {
                        firstDate = snake(field.name());
                    }
                }
            }
        }

        private List<String> columnAnnotations(Field field) {
            List<String> annotations = new ArrayList<>();
            if (field.extraAnnotation() != null) {
                annotations.add(field.extraAnnotation());
            }
            boolean notNull = !field.primitive() && random.nextInt(10) < 4;
            String args = notNull
                    ? (field.columnArgs().isEmpty() ? "nullable = false" : "nullable = false, " + field.columnArgs())
                    : field.columnArgs();
            if (!args.isEmpty()) {
                annotations.add("@Column(" + args + ")");
            }
            return annotations;
        }

        /** 0-3 distinct earlier entities, half of them central ones, and now and then the entity itself (a tree). */
        private List<String> references() {
            Set<String> targets = new LinkedHashSet<>();
            int count = index == 0 ? 0 : random.nextInt(Math.min(index, 3) + 1);
            while (targets.size() < count) {
                int target = random.nextBoolean() ? random.nextInt(Math.min(index, HUB_COUNT)) : random.nextInt(index);
                targets.add(names.get(target));
            }
            if (random.nextInt(15) == 0) {
                targets.add(className);
            }
            return new ArrayList<>(targets);
        }

        private void addReference(String target) {
            String field = target.equals(className) ? "parent" : lowerFirst(target);
            if (used.contains(field)) {
                return;
            }
            String column = snake(field) + "_id";
            boolean required = !target.equals(className) && random.nextBoolean();
            add(new Attribute(target, field, required
                    ? List.of("@ManyToOne(fetch = FetchType.LAZY, optional = false)",
                            "@JoinColumn(name = \"" + column + "\", nullable = false)")
                    : List.of("@ManyToOne(fetch = FetchType.LAZY)", "@JoinColumn(name = \"" + column + "\")"), true));
            if (random.nextBoolean()) {
                addIndex(column);
            }
        }

        private void addKeys() {
            if (firstDate != null && random.nextInt(4) == 0) {
                addIndex(firstDate);
            }
            if (used.contains("code") && random.nextInt(10) < 7) {
                addUnique("code");
            }
            if (used.contains("externalId")) {
                addUnique("external_id");
            }
        }

        private void addIndex(String column) {
            indexes.add("@Index(name = \"" + name("ix", column, indexes.size()) + "\", columnList = \"" + column
                    + "\")");
        }

        private void addUnique(String column) {
            uniques.add("@UniqueConstraint(name = \"" + name("uk", column, uniques.size()) + "\", columnNames = \""
                    + column + "\")");
        }

        // PostgreSQL cuts longer identifiers to 63 bytes, and the mapping would name an object the database lacks.
        private String name(String prefix, String column, int ordinal) {
            String name = prefix + "_" + table + "_" + column;
            return name.length() <= MAX_IDENTIFIER ? name : prefix + "_" + table + "_" + (ordinal + 1);
        }

        private List<String> classAnnotations() {
            StringBuilder annotation = new StringBuilder("@Table(name = \"" + table + "\"");
            if (!indexes.isEmpty()) {
                annotation.append(",\n        indexes = {\n                ")
                        .append(String.join(",\n                ", indexes)).append("}");
            }
            if (!uniques.isEmpty()) {
                annotation.append(",\n        uniqueConstraints = {\n                ")
                        .append(String.join(",\n                ", uniques)).append("}");
            }
            return List.of("@Entity", annotation.append(")").toString());
        }
    }
}
