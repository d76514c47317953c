package dev.dbflow.internal.prove;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two schemas object by object: each schema (namespace), table, sequence, enum type, composite type and view
 * is the same on both sides or named as different. A table's columns are compared by name, not position: a rollback
 * that adds back a dropped column puts it last, and PostgreSQL cannot put it anywhere else.
 */
final class SchemaObjects {

    private SchemaObjects() {
    }

    /**
     * Returns the objects that differ between {@code expected} and {@code actual}, e.g. {@code table public.pets},
     * sorted by kind and then name; empty when both hold the same objects.
     */
    static List<String> differing(Schema expected, Schema actual) {
        List<String> objects = new ArrayList<>();
        differing("schema", set(expected.namespaces()), set(actual.namespaces()), Function.identity(), objects);
        differing("table", byName(expected.tables(), Table::name, SchemaObjects::columnsByName),
                byName(actual.tables(), Table::name, SchemaObjects::columnsByName), objects);
        differing("sequence", byName(expected.sequences(), s -> s.name(), Function.identity()),
                byName(actual.sequences(), s -> s.name(), Function.identity()), objects);
        differing("enum type", byName(expected.enumTypes(), e -> e.name(), Function.identity()),
                byName(actual.enumTypes(), e -> e.name(), Function.identity()), objects);
        differing("composite type", byName(expected.compositeTypes(), c -> c.name(), Function.identity()),
                byName(actual.compositeTypes(), c -> c.name(), Function.identity()), objects);
        differing("view", byName(expected.views(), v -> v.name(), Function.identity()),
                byName(actual.views(), v -> v.name(), Function.identity()), objects);
        return objects;
    }

    private static <T> void differing(String kind, Set<T> expected, Set<T> actual, Function<T, String> name,
                                      List<String> objects) {
        Set<T> all = new TreeSet<>(Comparator.comparing(name));
        all.addAll(expected);
        all.addAll(actual);
        all.stream().filter(object -> expected.contains(object) != actual.contains(object))
                .forEach(object -> objects.add(kind + " " + name.apply(object)));
    }

    private static <T> void differing(String kind, Map<QualifiedName, T> expected, Map<QualifiedName, T> actual,
                                      List<String> objects) {
        Set<QualifiedName> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        names.stream().filter(name -> !Objects.equals(expected.get(name), actual.get(name)))
                .forEach(name -> objects.add(kind + " " + name));
    }

    private static <T, K> Map<QualifiedName, K> byName(List<T> objects, Function<T, QualifiedName> name,
                                                       Function<T, K> comparable) {
        return objects.stream().collect(Collectors.toMap(name, comparable, (a, b) -> a));
    }

    private static Table columnsByName(Table table) {
        return new Table(table.name(), table.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
                table.primaryKey(), table.foreignKeys(), table.uniqueConstraints(), table.indexes(), table.checks(),
                table.comment(), table.rowSecurity(), table.policies());
    }

    private static <T> Set<T> set(List<T> objects) {
        return Set.copyOf(objects);
    }
}
