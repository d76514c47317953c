package dev.dbflow.internal.fuzz;

import dev.dbflow.internal.fuzz.RandomModel.Entity;
import dev.dbflow.internal.fuzz.RandomModel.Field;
import dev.dbflow.internal.fuzz.RandomModel.Kind;

import jakarta.persistence.InheritanceType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One random edit of a model, as developers make them: a field added (nullable: a NOT NULL one needs a backfill
 * value, which is a question for the developer, not a property), dropped, resized, made (not) null, (not) unique,
 * (not) indexed, an entity added or dropped (with the references to it), the enum given a value or losing its last, or
 * the inheritance between the two entities changed (to another strategy, or none).
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
        switch (random.nextInt(11)) {
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
                    return new RandomModel(entities, model.levels(), model.inheritance());
                }
                Entity dropped = entities.remove(e);
                return new RandomModel(dropped.name().equals(RandomModel.REFERENCED)
                        ? entities.stream().map(RandomEdit::withoutReferences).toList() : entities, model.levels(),
                        model.inheritance());
            }
            case 8 -> {
                List<String> levels = new ArrayList<>(model.levels());
                levels.add("L" + (levels.size() + 1));
                return new RandomModel(entities, levels, model.inheritance());
            }
            case 9 -> {
                return new RandomModel(entities, model.levels().size() > 1
                        ? model.levels().subList(0, model.levels().size() - 1) : model.levels(), model.inheritance());
            }
            case 10 -> {
                List<InheritanceType> choices = new ArrayList<>(Arrays.asList(InheritanceType.values()));
                choices.add(null);
                choices.remove(model.inheritance());
                return new RandomModel(entities, model.levels(), choices.get(random.nextInt(choices.size())));
            }
            default -> fields.set(f, new Field(field.name(), widened(field.kind()), field.size(), field.nullable(),
                    field.unique(), field.indexed()));
        }
        entities.set(e, new Entity(entity.name(), List.copyOf(fields)));
        return new RandomModel(entities.stream().anyMatch(x -> x.name().equals(RandomModel.REFERENCED))
                ? entities : entities.stream().map(RandomEdit::withoutReferences).toList(), model.levels(),
                model.inheritance());
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
