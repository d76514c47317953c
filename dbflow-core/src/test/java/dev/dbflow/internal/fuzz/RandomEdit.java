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

/**
 * One random edit of a model, as developers make them: a field added (nullable: a NOT NULL one needs a backfill
 * value, which is a question for the developer, not a property), dropped, resized, made (not) null, (not) unique,
 * (not) indexed, an entity added or dropped (with the references to it), the enum given a value or losing its last, or
 * the inheritance between the two entities changed (to another strategy, or none), or e1's policy added, switched
 * off (with its row-level security), pointed at another column or given another command.
 */
final class RandomEdit {

    private RandomEdit() {
    }

    static RandomModel apply(RandomModel model, Random random) {
        List<Entity> entities = new ArrayList<>(model.entities());
        int e = random.nextInt(entities.size());
        Entity entity = entities.get(e);
        List<Field> fields = new ArrayList<>(entity.fields());
        int f = random.nextInt(fields.size());
        Field field = fields.get(f);
        switch (random.nextInt(13)) {
            case 0 -> fields.add(new Field(entity.fieldPrefix() + (maxIndex(fields) + 1), Kind.values()[random.nextInt(Kind.values().length)],
                    3 + random.nextInt(27), true, false, random.nextBoolean()));
            case 1 -> {
                if (fields.size() > 1) {
                    fields.remove(f);
                } else {
                    fields.add(new Field(entity.fieldPrefix() + (maxIndex(fields) + 1), Kind.STRING, 40, true, false,
                            false));
                }
            }
            case 2 -> fields.set(f, new Field(field.name(), field.kind(), field.kind() == Kind.DECIMAL
                    ? 3 + random.nextInt(27) : 3 + random.nextInt(297), field.nullable(), field.unique(), field.indexed()));
            case 3 -> fields.set(f, new Field(field.name(), field.kind(), field.size(), !field.nullable(), field.unique(),
                    field.indexed()));
            case 4 -> fields.set(f, new Field(field.name(), field.kind(), field.size(), field.nullable(), !field.unique(),
                    field.indexed()));
            case 5 -> fields.set(f, new Field(field.name(), field.kind(), field.size(), field.nullable(), field.unique(),
                    !field.indexed()));
            case 6 -> {
                if (entities.size() == 1) {
                    entities.add(new Entity("e2", List.of(new Field("g1", Kind.STRING, 20, true, false, true))));
                    return model.withEntities(entities);
                }
                Entity dropped = entities.remove(e);
                return model.withEntities(dropped.name().equals(RandomModel.REFERENCED)
                        ? entities.stream().map(RandomEdit::withoutReferences).toList() : entities);
            }
            case 8 -> {
                List<String> levels = new ArrayList<>(model.levels());
                levels.add("L" + (levels.size() + 1));
                return model.withLevels(levels);
            }
            case 9 -> {
                return model.withLevels(model.levels().size() > 1
                        ? model.levels().subList(0, model.levels().size() - 1) : model.levels());
            }
            case 10 -> {
                List<InheritanceType> choices = new ArrayList<>(Arrays.asList(InheritanceType.values()));
                choices.add(null);
                choices.remove(model.inheritance());
                return model.withInheritance(choices.get(random.nextInt(choices.size())));
            }
            case 11 -> {
                boolean on = model.policy() != null && model.policy().column() != null;
                return model.withPolicy(on ? RandomPolicy.OFF : new RandomPolicy(policyColumn(model, random), "ALL"));
            }
            case 12 -> {
                RandomPolicy policy = model.policy();
                return model.withPolicy(policy == null || policy.column() == null || random.nextBoolean()
                        ? new RandomPolicy(policyColumn(model, random), policy == null || policy.command() == null
                        ? "ALL" : policy.command())
                        : new RandomPolicy(policy.column(), policy.command().equals("ALL") ? "SELECT" : "ALL"));
            }
            default -> fields.set(f, new Field(field.name(), widened(field.kind()), field.size(), field.nullable(),
                    field.unique(), field.indexed()));
        }
        entities.set(e, new Entity(entity.name(), List.copyOf(fields)));
        return model.withEntities(entities.stream().anyMatch(x -> x.name().equals(RandomModel.REFERENCED))
                ? entities : entities.stream().map(RandomEdit::withoutReferences).toList());
    }

    /** A column of e1 for a policy to use, or {@code id}. */
    private static String policyColumn(RandomModel model, Random random) {
        List<String> columns = new ArrayList<>(List.of("id"));
        model.entities().stream().filter(x -> x.name().equals(RandomModel.REFERENCED))
                .forEach(x -> x.fields().forEach(field -> columns.add(field.name())));
        return columns.get(random.nextInt(columns.size()));
    }

    /** The entity without its references to {@link RandomModel#REFERENCED}, which is gone; never without a field. */
    private static Entity withoutReferences(Entity entity) {
        List<Field> fields = entity.fields().stream().filter(f -> f.kind() != Kind.REF).toList();
        return new Entity(entity.name(), fields.isEmpty()
                ? List.of(new Field(entity.fieldPrefix() + (maxIndex(entity.fields()) + 1), Kind.STRING, 40, true, false,
                false))
                : fields);
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

    private static int maxIndex(List<Field> fields) {
        return fields.stream().mapToInt(f -> Integer.parseInt(f.name().substring(1))).max().orElse(0);
    }
}
