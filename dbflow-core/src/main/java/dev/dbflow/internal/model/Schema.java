package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A database schema as dbflow compares it: every user namespace, table and standalone sequence, sorted by name.
 *
 * @param namespaces the user schemas (namespaces) other than {@code public}, sorted
 * @param tables     tables sorted by qualified name
 * @param sequences  standalone sequences sorted by qualified name
 */
public record Schema(List<String> namespaces, List<Table> tables, List<Sequence> sequences) implements Serializable {

    public Schema {
        namespaces = namespaces.stream().sorted().toList();
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    }

    /** Returns the tables keyed by name, in name order. */
    public Map<QualifiedName, Table> tablesByName() {
        return tables.stream().collect(Collectors.toMap(Table::name, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
    }

    /** Returns the sequences keyed by name, in name order. */
    public Map<QualifiedName, Sequence> sequencesByName() {
        return sequences.stream().collect(Collectors.toMap(Sequence::name, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
    }
}
