package dev.dbflow.internal.fuzz;

import dev.dbflow.internal.fuzz.RandomModel.Entity;
import dev.dbflow.internal.fuzz.RandomModel.Field;
import dev.dbflow.internal.fuzz.RandomModel.Kind;
import dev.dbflow.internal.fuzz.RandomModel.RandomPolicy;

import jakarta.persistence.InheritanceType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One random edit of a model, as developers make them: a field added (nullable: a NOT NULL one needs a backfill
 * value, which is a question for the developer, not a property), dropped, resized, made (not) null, (not) unique,
 * (not) indexed or its index renamed, given collation C or the default one, an entity added or dropped (with the
 * references to it), the enum given a value or losing its last, the inheritance between the two entities changed (to
 * another strategy, or none), e1's policy added, switched off (with its row-level security), pointed at another
 * column or given another command, e1's key made plain, an identity or an identity with options of its own, or e1's
 * struct added, given an attribute, losing one, widened or removed.
 * <p>
 * An edit names what it changes (an entity, a field of a kind, an enum constant) and leaves a model without that thing
 * as it is: the reducer simplifies the model under a list of edits, and every edit must still do what it says.
 *
 * @param description what the edit does, as a failure report shows it
 * @param change      the edit
 */
record RandomEdit(String description, UnaryOperator<RandomModel> change) {

    /** Returns {@code model} with this edit made. */
    RandomModel applyTo(RandomModel model) {
        return change.apply(model);
    }

    @Override
    public String toString() {
        return description;
    }

    /** Returns an edit of {@code model} drawn from {@code random}. */
    static RandomEdit draw(RandomModel model, Random random) {
        Entity entity = model.entities().get(random.nextInt(model.entities().size()));
        Field field = entity.fields().get(random.nextInt(entity.fields().size()));
        return switch (random.nextInt(17)) {
            case 0 -> addField(entity.name(), entity.nextField(Kind.values()[random.nextInt(Kind.values().length)],
                    3 + random.nextInt(27), random.nextBoolean()));
            case 1 -> entity.fields().size() > 1 ? dropField(entity.name(), field)
                    : addField(entity.name(), entity.nextField(Kind.STRING, 40, false));
            case 2 -> {
                int size = field.kind() == Kind.DECIMAL ? 3 + random.nextInt(27) : 3 + random.nextInt(297);
                yield changeField(entity.name(), field, "size " + size, f -> f.withSize(size));
            }
            case 3 -> changeField(entity.name(), field, field.nullable() ? "NOT NULL" : "nullable",
                    f -> f.withNullable(!field.nullable()));
            case 4 -> changeField(entity.name(), field, field.unique() ? "not unique" : "unique",
                    f -> f.withUnique(!field.unique()));
            case 5 -> changeField(entity.name(), field, field.indexed() ? "not indexed" : "indexed",
                    f -> f.withIndexed(!field.indexed()));
            case 6 -> model.entities().size() > 1 ? dropEntity(entity.name())
                    : addEntity(entity.name().equals(RandomModel.REFERENCED) ? "e2" : RandomModel.REFERENCED);
            // A type the mapping does not change (BOOL to BOOL) writes no changeset: nothing to roll back.
            case 7 -> changeField(entity.name(), field, "widened to " + widened(field.kind()),
                    f -> f.withKind(widened(field.kind())));
            case 8 -> addLevel("L" + (model.levels().size() + 1));
            case 9 -> model.levels().size() > 1 ? dropLevel(model.levels().get(model.levels().size() - 1))
                    : addLevel("L2");
            case 10 -> {
                List<InheritanceType> choices = new ArrayList<>(Arrays.asList(InheritanceType.values()));
                choices.add(null);
                choices.remove(model.inheritance());
                yield inheritance(choices.get(random.nextInt(choices.size())));
            }
            // An explicit index name that changes is a rename of the index, not a drop and a create.
            case 13 -> entity.fields().stream().filter(Field::indexed).findFirst()
                    .map(indexed -> changeField(entity.name(), indexed, "index renamed",
                            f -> f.withRenamedIndex(!indexed.renamedIndex())))
                    .orElseGet(() -> changeField(entity.name(), field, "indexed", f -> f.withIndexed(true)));
            // A collation on a string or text field (made one when needed), or taken off.
            case 14 -> field.kind() == Kind.STRING || field.kind() == Kind.TEXT
                    ? changeField(entity.name(), field, field.collated() ? "default collation" : "collation C",
                            f -> f.withCollated(!field.collated()))
                    : addField(entity.name(), entity.nextField(Kind.STRING, 40, false).withCollated(true));
            case 15 -> {
                List<RandomModel.Key> others = new ArrayList<>(Arrays.asList(RandomModel.Key.values()));
                others.remove(model.key());
                yield key(others.get(random.nextInt(others.size())));
            }
            case 16 -> struct(model, random);
            case 11 -> policy(model.policy() != null && model.policy().column() != null ? RandomPolicy.OFF
                    : new RandomPolicy(policyColumn(model, random), "ALL"));
            default -> {
                RandomPolicy policy = model.policy();
                yield policy(policy == null || policy.column() == null || random.nextBoolean()
                        ? new RandomPolicy(policyColumn(model, random), policy == null || policy.command() == null
                        ? "ALL" : policy.command())
                        : new RandomPolicy(policy.column(), policy.command().equals("ALL") ? "SELECT" : "ALL"));
            }
        };
    }

    static RandomEdit addField(String entity, Field field) {
        return new RandomEdit("add to " + entity + ": " + field, model -> {
            Entity e = model.entity(entity);
            return e == null || e.field(field.name()) != null ? model : model.withEntity(
                    new Entity(entity, Stream.concat(e.fields().stream(), Stream.of(field)).toList()));
        });
    }

    /** Returns the edit dropping {@code field}; an entity keeps its last field. */
    static RandomEdit dropField(String entity, Field field) {
        return new RandomEdit("drop " + name(entity, field), model -> {
            Entity e = model.entity(entity);
            return e == null || !has(e, field) || e.fields().size() < 2 ? model : model.withEntity(e.without(field));
        });
    }

    /** Returns the edit changing {@code field} (its name and kind) by {@code change}, described as {@code what}. */
    static RandomEdit changeField(String entity, Field field, String what, UnaryOperator<Field> change) {
        return new RandomEdit(name(entity, field) + ": " + what, model -> {
            Entity e = model.entity(entity);
            return e == null || !has(e, field) ? model : model.withEntity(e.with(change.apply(e.field(field.name()))));
        });
    }

    static RandomEdit addEntity(String entity) {
        Field field = new Field(Entity.fieldPrefix(entity) + 1, Kind.STRING, 20, true, false, true);
        return new RandomEdit("add entity " + entity + " with " + field, model -> model.entity(entity) != null ? model
                : model.withEntities(Stream.concat(model.entities().stream(), Stream.of(new Entity(entity,
                List.of(field)))).toList()));
    }

    /** Returns the edit dropping {@code entity} with the references to it; a model keeps its last entity. */
    static RandomEdit dropEntity(String entity) {
        return new RandomEdit("drop entity " + entity, model -> model.entity(entity) == null
                || model.entities().size() < 2 ? model
                : model.withEntities(model.entities().stream().filter(e -> !e.name().equals(entity)).toList()));
    }

    static RandomEdit addLevel(String level) {
        return new RandomEdit("add enum constant " + level, model -> model.levels().contains(level) ? model
                : model.withLevels(Stream.concat(model.levels().stream(), Stream.of(level)).toList()));
    }

    /** Returns the edit removing {@code level}; the enum keeps its last constant. */
    static RandomEdit dropLevel(String level) {
        return new RandomEdit("remove enum constant " + level, model ->
                !model.levels().contains(level) || model.levels().size() < 2 ? model
                        : model.withLevels(model.levels().stream().filter(l -> !l.equals(level)).toList()));
    }

    static RandomEdit inheritance(InheritanceType inheritance) {
        return new RandomEdit("inheritance " + (inheritance == null ? "none" : inheritance),
                model -> model.withInheritance(inheritance));
    }

    static RandomEdit key(RandomModel.Key key) {
        return new RandomEdit("e1 key " + key, model -> model.withKey(key));
    }

    /**
     * A struct edit: e1 gains one of a string attribute when it has none; otherwise an attribute is added at its end
     * (in place), the first is dropped or an integer one widened to bigint (both rebuild the type around its column),
     * or the struct goes with its column.
     */
    private static RandomEdit struct(RandomModel model, Random random) {
        List<RandomModel.Attribute> struct = model.struct();
        if (struct == null) {
            return structEdit("e1 gains struct home (a1 STRING)", List.of(new RandomModel.Attribute(1, Kind.STRING)));
        }
        int next = struct.get(struct.size() - 1).number() + 1;
        return switch (random.nextInt(4)) {
            case 0 -> structEdit("struct home gains a" + next, Stream.concat(struct.stream(),
                    Stream.of(new RandomModel.Attribute(next, random.nextBoolean() ? Kind.STRING : Kind.INT))).toList());
            case 1 -> struct.size() < 2 ? structEdit("e1 loses struct home", null)
                    : structEdit("struct home loses a" + struct.get(0).number(), struct.subList(1, struct.size()));
            case 2 -> structEdit("struct home: integer attributes widened to bigint", struct.stream()
                    .map(a -> a.kind() == Kind.INT ? new RandomModel.Attribute(a.number(), Kind.LONG) : a).toList());
            default -> structEdit("e1 loses struct home", null);
        };
    }

    /** Returns the edit giving e1 the struct {@code attributes} (null for none); a model without e1 stays as it is. */
    private static RandomEdit structEdit(String description, List<RandomModel.Attribute> attributes) {
        return new RandomEdit(description, model -> model.withStruct(attributes));
    }

    static RandomEdit policy(RandomPolicy policy) {
        return new RandomEdit(policy.column() == null ? "row-level security off"
                : "policy p1 for " + policy.command() + " using " + policy.column() + " is not null",
                model -> model.withPolicy(policy));
    }

    private static String name(String entity, Field field) {
        return entity + "." + field.name() + " (" + field.kind() + ")";
    }

    /** Whether {@code entity} has {@code field}: its name, of its kind. */
    private static boolean has(Entity entity, Field field) {
        Field current = entity.field(field.name());
        return current != null && current.kind() == field.kind();
    }

    /** A column of e1 for a policy to use, or {@code id}. */
    private static String policyColumn(RandomModel model, Random random) {
        List<String> columns = new ArrayList<>(List.of("id"));
        Entity root = model.entity(RandomModel.REFERENCED);
        if (root != null) {
            root.fields().forEach(field -> columns.add(field.name()));
        }
        return columns.get(random.nextInt(columns.size()));
    }

    /** A type PostgreSQL converts every value of {@code kind} to: the type changes developers make without data loss. */
    private static Kind widened(Kind kind) {
        return switch (kind) {
            case INT -> Kind.LONG;
            case STRING -> Kind.TEXT;
            case DATE -> Kind.INSTANT;
            default -> kind;
        };
    }
}
