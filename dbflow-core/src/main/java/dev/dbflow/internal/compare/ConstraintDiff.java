package dev.dbflow.internal.compare;

import dev.dbflow.internal.model.CheckConstraint;
import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.model.UniqueConstraint;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.ConstraintChange.CheckChange;
import dev.dbflow.internal.operation.ConstraintChange.ForeignKeyChange;
import dev.dbflow.internal.operation.ConstraintChange.IndexChange;
import dev.dbflow.internal.operation.ConstraintChange.PrimaryKeyChange;
import dev.dbflow.internal.operation.ConstraintChange.UniqueChange;
import dev.dbflow.internal.operation.RenameChange;
import dev.dbflow.internal.operation.SchemaChange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The constraint and index differences of one table. Objects are matched by what they do, not by name:
 * a foreign key over the same columns to the same target with the same actions is the same foreign key
 * whatever each side called it, so a hand-named constraint never shows up as a drop and an add.
 *
 * <p>An index or unique constraint that only {@code from} has is dropped when {@link Ownership} says dbflow made
 * it, or when the table loses one of its columns (PostgreSQL would drop it with the column, and the rollback must
 * create it again); any other is left alone and named in {@code leftAlone}.
 */
final class ConstraintDiff {

    private final QualifiedName table;
    private final Ownership ownership;
    private final List<String> leftAlone;

    /** A diff in which every object is dbflow's: a table created or dropped whole. */
    ConstraintDiff(QualifiedName table) {
        this(table, Ownership.ALL, new ArrayList<>());
    }

    /** A diff of a table both sides have, adding what it leaves alone to {@code leftAlone}. */
    ConstraintDiff(QualifiedName table, Ownership ownership, List<String> leftAlone) {
        this.table = table;
        this.ownership = ownership;
        this.leftAlone = leftAlone;
    }

    /**
     * Returns the drops of objects only {@code from} has, the adds of objects only {@code to} has, and a rename for
     * each object both have whose name the mapping chose and the changelog spells otherwise.
     */
    List<SchemaChange> diff(Table from, Table to) {
        List<SchemaChange> changes = new ArrayList<>();
        if (!Objects.equals(signature(from.primaryKey()), signature(to.primaryKey()))) {
            Stream.ofNullable(from.primaryKey()).forEach(k -> changes.add(new PrimaryKeyChange(table, k, false)));
            Stream.ofNullable(to.primaryKey()).forEach(k -> changes.add(new PrimaryKeyChange(table, k, true)));
        }
        match(from.foreignKeys(), to.foreignKeys(), new Matching<>(ConstraintChange.Kind.FOREIGN_KEY,
                k -> List.of(k.columns(), k.referencedTable(), k.referencedColumns(), k.onUpdate(), k.onDelete()),
                ForeignKey::name, (k, add) -> new ForeignKeyChange(table, k, add), k -> true), changes);
        match(from.uniqueConstraints(), to.uniqueConstraints(), new Matching<>(ConstraintChange.Kind.UNIQUE,
                UniqueConstraint::columns, UniqueConstraint::name, (k, add) -> new UniqueChange(table, k, add),
                droppable(to, UniqueConstraint::name, UniqueConstraint::columns, k -> "unique constraint " + k.name())),
                changes);
        match(describable(from.indexes()), describable(to.indexes()), new Matching<>(ConstraintChange.Kind.INDEX,
                ConstraintDiff::indexSignature, Index::name, (k, add) -> new IndexChange(table, k, add),
                droppable(to, Index::name, Index::columns, k -> (k.unique() ? "unique index " : "index ") + k.name())),
                changes);
        match(from.checks(), to.checks(), new Matching<>(ConstraintChange.Kind.CHECK, CheckConstraint::definition,
                CheckConstraint::name, (k, add) -> new CheckChange(table, k, add), k -> true), changes);
        return changes;
    }

    /**
     * How one kind of object is matched and changed.
     *
     * @param kind      which kind it is
     * @param signature what the object does, whatever its name
     * @param name      its name
     * @param change    its add ({@code true}) or drop
     * @param droppable whether an object only the changelog has is dropped
     */
    private record Matching<T>(ConstraintChange.Kind kind, Function<T, Object> signature, Function<T, String> name,
                           BiFunction<T, Boolean, ConstraintChange> change, Predicate<T> droppable) {
    }

    /**
     * Partial, expression and non-btree indexes are made by hand (entities cannot declare them), so they are
     * never dropped and never re-emitted without their predicate (liquibase#5473).
     */
    private static List<Index> describable(List<Index> indexes) {
        return indexes.stream().filter(Index::describable).toList();
    }

    private static Object signature(dev.dbflow.internal.model.PrimaryKey key) {
        return key == null ? null : key.columns();
    }

    /**
     * An index definition without its own name and its table's, which {@code pg_get_indexdef} spells: a
     * renamed table keeps its indexes, and they must not look new.
     */
    private static Object indexSignature(Index index) {
        String definition = index.definition();
        int using = definition.indexOf(" USING ");
        return using < 0 ? definition : (index.unique() ? "UNIQUE" : "") + definition.substring(using);
    }

    /**
     * Returns whether an object only the changelog has is dropped, noting in {@code leftAlone} each one that is not.
     */
    private <T> Predicate<T> droppable(Table to, Function<T, String> name, Function<T, List<String>> columns,
                                       Function<T, String> described) {
        return object -> {
            boolean losesColumn = columns.apply(object).stream()
                    .anyMatch(column -> to.column(column.replace("\"", "")).isEmpty());
            if (losesColumn || ownership.owns(name.apply(object))) {
                return true;
            }
            leftAlone.add(described.apply(object) + " on " + table.display() + " (not declared by an entity)");
            return false;
        };
    }

    /**
     * Whether a second object of the changelog that does what a wanted one does counts on its own: always when two
     * schemas are compared whole, and for indexes and unique constraints, whose owner decides; a duplicate foreign key
     * or check of the changelog is its own affair, as it always was.
     */
    private boolean keepsDuplicatesApart(Matching<?> kind) {
        return ownership.all() || kind.kind() == ConstraintChange.Kind.INDEX
                || kind.kind() == ConstraintChange.Kind.UNIQUE;
    }

    /**
     * Pairs each wanted object with one of the changelog's that does the same: the one of its own name, else one
     * dbflow made, else any (a changelog may hold two alike, an entity's index and a hand-made one on the same
     * column, and the hand-made one is not renamed into the entity's); the changelog's
     * objects left unpaired are dropped or left alone as {@link Matching#droppable()} says.
     */
    private <T> void match(List<T> from, List<T> to, Matching<T> kind, List<SchemaChange> out) {
        Map<Object, List<T>> fromBySignature = new HashMap<>();
        from.forEach(k -> fromBySignature.computeIfAbsent(kind.signature().apply(k), s -> new ArrayList<>()).add(k));
        List<SchemaChange> adds = new ArrayList<>();
        for (T wanted : to) {
            List<T> alike = fromBySignature.getOrDefault(kind.signature().apply(wanted), new ArrayList<>());
            String name = kind.name().apply(wanted);
            T existing = alike.stream().filter(k -> kind.name().apply(k).equals(name)).findFirst()
                    .or(() -> alike.stream().filter(k -> ownership.owns(kind.name().apply(k))).findFirst())
                    .orElse(alike.isEmpty() ? null : alike.get(0));
            if (existing == null) {
                adds.add(kind.change().apply(wanted, true));
                continue;
            }
            alike.remove(existing);
            if (!kind.name().apply(existing).equals(name) && ImplicitNames.chosen(name)) {
                adds.add(new RenameChange.RenameConstraint(table, kind.kind(), kind.name().apply(existing), name));
            }
        }
        Set<Object> toSignatures = new HashSet<>(to.stream().map(kind.signature()).toList());
        from.stream().filter(k -> fromBySignature.get(kind.signature().apply(k)).contains(k))
                .filter(k -> !toSignatures.contains(kind.signature().apply(k)) || keepsDuplicatesApart(kind))
                .filter(kind.droppable()).forEach(k -> out.add(kind.change().apply(k, false)));
        out.addAll(adds);
    }
}
