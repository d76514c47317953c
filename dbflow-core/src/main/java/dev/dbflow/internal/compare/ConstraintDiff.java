package dev.dbflow.internal.compare;

import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.ConstraintChange.CheckChange;
import dev.dbflow.internal.operation.ConstraintChange.ForeignKeyChange;
import dev.dbflow.internal.operation.ConstraintChange.IndexChange;
import dev.dbflow.internal.operation.ConstraintChange.PrimaryKeyChange;
import dev.dbflow.internal.operation.ConstraintChange.UniqueChange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    /** Returns the drops of objects only {@code from} has and the adds of objects only {@code to} has. */
    List<ConstraintChange> diff(Table from, Table to) {
        List<ConstraintChange> changes = new ArrayList<>();
        if (!Objects.equals(signature(from.primaryKey()), signature(to.primaryKey()))) {
            Stream.ofNullable(from.primaryKey()).forEach(k -> changes.add(new PrimaryKeyChange(table, k, false)));
            Stream.ofNullable(to.primaryKey()).forEach(k -> changes.add(new PrimaryKeyChange(table, k, true)));
        }
        match(from.foreignKeys(), to.foreignKeys(),
                k -> List.of(k.columns(), k.referencedTable(), k.referencedColumns(), k.onUpdate(), k.onDelete()),
                (k, add) -> new ForeignKeyChange(table, k, add), k -> true, changes);
        match(from.uniqueConstraints(), to.uniqueConstraints(), k -> k.columns(),
                (k, add) -> new UniqueChange(table, k, add), droppable(to, k -> k.name(), k -> k.columns(),
                        k -> "unique constraint " + k.name()), changes);
        match(describable(from.indexes()), describable(to.indexes()), ConstraintDiff::indexSignature,
                (k, add) -> new IndexChange(table, k, add), droppable(to, k -> k.name(), k -> k.columns(),
                        k -> (k.unique() ? "unique index " : "index ") + k.name()), changes);
        match(from.checks(), to.checks(), k -> k.definition(),
                (k, add) -> new CheckChange(table, k, add), k -> true, changes);
        return changes;
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

    private static <T> void match(List<T> from, List<T> to, Function<T, Object> signature,
                                  BiFunction<T, Boolean, ConstraintChange> change, Predicate<T> droppable,
                                  List<ConstraintChange> out) {
        Set<Object> fromSignatures = new HashSet<>(from.stream().map(signature).toList());
        Set<Object> toSignatures = new HashSet<>(to.stream().map(signature).toList());
        from.stream().filter(k -> !toSignatures.contains(signature.apply(k))).filter(droppable)
                .forEach(k -> out.add(change.apply(k, false)));
        to.stream().filter(k -> !fromSignatures.contains(signature.apply(k)))
                .forEach(k -> out.add(change.apply(k, true)));
    }
}
