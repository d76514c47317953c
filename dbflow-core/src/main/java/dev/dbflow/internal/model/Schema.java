package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A database schema as dbflow compares it: every user namespace, table, standalone sequence, enum type and composite
 * type, sorted by name.
 *
 * @param namespaces the user schemas (namespaces) other than {@code public}, sorted
 * @param tables     tables sorted by qualified name
 * @param sequences  standalone sequences sorted by qualified name
 * @param enumTypes  enum types sorted by qualified name
 * @param views      views and materialized views sorted by qualified name; those an entity declares ({@code @View})
 *                   are compared, the others are kept from being taken for a table an entity maps and from being
 *                   broken by a change to what they read
 * @param compositeTypes composite types sorted by qualified name
 */
public record Schema(List<String> namespaces, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                     List<View> views, List<CompositeType> compositeTypes) implements Serializable {

    public Schema {
        namespaces = namespaces.stream().sorted().toList();
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        enumTypes = enumTypes.stream().sorted(Comparator.comparing(EnumType::name)).toList();
        views = views.stream().sorted(Comparator.comparing(View::name)).toList();
        compositeTypes = compositeTypes.stream().sorted(Comparator.comparing(CompositeType::name)).toList();
    }

    /** A schema without composite types. */
    public Schema(List<String> namespaces, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                  List<View> views) {
        this(namespaces, tables, sequences, enumTypes, views, List.of());
    }

    /** Returns this schema with {@code changed} as its tables, everything else kept. */
    public Schema withTables(List<Table> changed) {
        return new Schema(namespaces, changed, sequences, enumTypes, views, compositeTypes);
    }

    /** A schema without views. */
    public Schema(List<String> namespaces, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {
        this(namespaces, tables, sequences, enumTypes, List.of());
    }

    /** A schema without enum types. */
    public Schema(List<String> namespaces, List<Table> tables, List<Sequence> sequences) {
        this(namespaces, tables, sequences, List.of());
    }

    /** Returns the tables keyed by name, in name order. */
    public Map<QualifiedName, Table> tablesByName() {
        return tables.stream().collect(Collectors.toMap(Table::name, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
    }

    /** Returns the enum types keyed by name, in name order. */
    public Map<QualifiedName, EnumType> enumTypesByName() {
        return enumTypes.stream().collect(Collectors.toMap(EnumType::name, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
    }

    /** Returns the composite types keyed by name, in name order. */
    public Map<QualifiedName, CompositeType> compositeTypesByName() {
        return compositeTypes.stream().collect(Collectors.toMap(CompositeType::name, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
    }

    /** Returns the views keyed by name, in name order. */
    public Map<QualifiedName, View> viewsByName() {
        return views.stream().collect(Collectors.toMap(View::name, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
    }

    /** Returns the sequences keyed by name, in name order. */
    public Map<QualifiedName, Sequence> sequencesByName() {
        return sequences.stream().collect(Collectors.toMap(Sequence::name, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
    }
}
