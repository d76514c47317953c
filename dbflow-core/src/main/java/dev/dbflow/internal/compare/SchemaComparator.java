package dev.dbflow.internal.compare;

import dev.dbflow.internal.operation.EnumTypeChange;
import dev.dbflow.internal.model.EnumType;
import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.CompositeType;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Sequence;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.CompositeTypeChange;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.NamespaceChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.operation.SequenceChange;
import dev.dbflow.internal.operation.TableChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes the operations that turn one schema into another.
 *
 * <p>A new table is a bare {@link TableChange.CreateTable} (columns, primary key, comment) plus one
 * {@link ConstraintChange} per foreign key, unique constraint, index and check; a removed table is the exact
 * reverse of that. The symmetry is what makes every rollback the reverse of its upgrade. Row-level security switches
 * and policies come last, from {@link PolicyDiff}, which sees the column operations they must work around, as does
 * {@link ViewDiff} for views. A schema the entities use is created when missing; one they no longer use is left alone.
 */
public final class SchemaComparator {

    private static final Comparator<SchemaChange> ORDER = Comparator.comparing(SchemaChange::phase)
            .thenComparingInt(SchemaChange::rank).thenComparing(SchemaChange::table).thenComparing(SchemaChange::objectName);

    /**
     * Compares two schemas object by object, every index and constraint included.
     *
     * @param from the schema as it is (what the changelog builds)
     * @param to   the schema as it should be (what the entities map to)
     * @return the operations, ordered by phase, then table, then object name; empty when the schemas match
     */
    public List<SchemaChange> compare(Schema from, Schema to) {
        return compare(from, to, Ownership.ALL).operations();
    }

    /**
     * Compares the changelog's schema with the entities', leaving alone the indexes, unique constraints and views
     * that no entity declares and {@code ownership} does not give to dbflow, and the serial columns the entities map as
     * identity columns ({@link SerialColumns}).
     *
     * @throws dev.dbflow.api.ConfigurationException when a view no entity declares stands in the changeset's way
     *                                               ({@link ViewDiff})
     * @return the operations, ordered as {@link #compare(Schema, Schema)} orders them, and the objects left alone
     */
    public Comparison compare(Schema from, Schema wanted, Ownership ownership) {
        return compare(from, wanted, ownership, false);
    }

    /**
     * Compares like {@link #compare(Schema, Schema, Ownership)}; with {@code convertSerials}, each serial column the
     * entities map as an identity column is converted to one ({@link ColumnChange.ConvertSerial}) instead.
     */
    public Comparison compare(Schema from, Schema wanted, Ownership ownership, boolean convertSerials) {
        List<String> leftAlone = new ArrayList<>();
        List<SchemaChange> changes = new ArrayList<>();
        Schema to = wanted;
        if (!ownership.all()) {
            to = withoutMappedViews(from, to, leftAlone);
            SerialColumns serial = SerialColumns.of(from, to);
            to = serial.entities();
            if (convertSerials) {
                changes.addAll(serial.conversions());
            } else {
                leftAlone.addAll(serial.notes());
            }
        }
        to.namespaces().stream().filter(n -> !from.namespaces().contains(n))
                .forEach(n -> changes.add(new NamespaceChange.CreateNamespace(n)));
        compareSequences(from.sequencesByName(), to.sequencesByName(), changes);
        compareEnumTypes(from, to, changes);
        compareCompositeTypes(from, to, changes);
        compareTables(from.tablesByName(), to.tablesByName(), changes, ownership, leftAlone);
        comparePolicies(from.tablesByName(), to.tablesByName(), changes);
        changes.addAll(ViewDiff.diff(from, to, changes, ownership));
        changes.sort(ORDER);
        return new Comparison(List.copyOf(changes), List.copyOf(leftAlone));
    }

    /**
     * What a comparison found.
     *
     * @param operations the operations that turn one schema into the other
     * @param leftAlone  what the changelog keeps although the entities do not declare it as it stands, one line each:
     *                   mapped views, serial columns mapped as identity columns, then undeclared indexes and unique
     *                   constraints ({@code index pets_owner_id_idx on pets (not declared by an entity)})
     */
    public record Comparison(List<SchemaChange> operations, List<String> leftAlone) {
    }

    /**
     * The entities' schema without the tables that are views of the changelog: an entity may map a view (Hibernate
     * reads it as it reads a table), and creating a table of that name could not apply.
     */
    private static Schema withoutMappedViews(Schema from, Schema to, List<String> leftAlone) {
        Set<QualifiedName> views = from.viewsByName().keySet();
        to.tables().stream().filter(t -> views.contains(t.name())).forEach(t -> leftAlone.add("view "
                + t.name().display() + ", which an entity maps (views are the changelog's own)"));
        return to.withTables(to.tables().stream().filter(t -> !views.contains(t.name())).toList());
    }

    private static void comparePolicies(Map<QualifiedName, Table> from, Map<QualifiedName, Table> to,
                                        List<SchemaChange> changes) {
        PolicyDiff policies = PolicyDiff.around(changes);
        Set<QualifiedName> names = new TreeSet<>(from.keySet());
        names.addAll(to.keySet());
        names.forEach(name -> changes.addAll(policies.diff(name, from.get(name), to.get(name))));
    }

    private static void compareEnumTypes(Schema from, Schema to, List<SchemaChange> changes) {
        Map<QualifiedName, EnumType> before = from.enumTypesByName();
        Map<QualifiedName, EnumType> after = to.enumTypesByName();
        after.forEach((name, type) -> {
            EnumType old = before.get(name);
            if (old == null) {
                changes.add(new EnumTypeChange.CreateEnumType(type));
            } else if (!old.equals(type)) {
                List<EnumTypeChange.QualifiedColumn> usedBy = columnsOfType(from, to, name);
                changes.add(new EnumTypeChange.AlterEnumType(old, type, usedBy,
                        old.onlyAddsTo(type) ? dependents(from, name, usedBy) : List.of()));
            }
        });
        before.forEach((name, type) -> {
            if (!after.containsKey(name)) {
                changes.add(new EnumTypeChange.DropEnumType(type));
            }
        });
    }

    private static void compareCompositeTypes(Schema from, Schema to, List<SchemaChange> changes) {
        Map<QualifiedName, CompositeType> before = from.compositeTypesByName();
        Map<QualifiedName, CompositeType> after = to.compositeTypesByName();
        after.forEach((name, type) -> {
            CompositeType old = before.get(name);
            if (old == null) {
                changes.add(new CompositeTypeChange.CreateCompositeType(type, depth(type, after)));
            } else if (!old.equals(type)) {
                changes.add(new CompositeTypeChange.AlterCompositeType(old, type, columnsOfType(from, to, name)));
            }
        });
        before.forEach((name, type) -> {
            if (!after.containsKey(name)) {
                changes.add(new CompositeTypeChange.DropCompositeType(type, depth(type, before)));
            }
        });
    }

    /**
     * How many composite types of {@code types} lie between {@code type} and attributes of other types: 0 when none of
     * its attributes is (an array of) one of them.
     */
    private static int depth(CompositeType type, Map<QualifiedName, CompositeType> types) {
        return 1 + type.attributes().stream().map(a -> a.type().replace("[]", ""))
                .flatMap(t -> types.values().stream().filter(other -> t.equals(other.name().name())
                        || t.equals(other.name().schema() + "." + other.name().name())))
                .filter(other -> !other.equals(type)).mapToInt(other -> depth(other, types)).max().orElse(-1);
    }

    /** The policies of {@code schema} that use the type {@code name} or one of the columns {@code usedBy}. */
    private static List<EnumTypeChange.DependentPolicy> dependents(Schema schema, QualifiedName name,
                                                                   List<EnumTypeChange.QualifiedColumn> usedBy) {
        List<EnumTypeChange.DependentPolicy> dependents = new ArrayList<>();
        for (Table table : schema.tables()) {
            for (Policy policy : table.policies()) {
                if (policy.types().contains(name)
                        || usedBy.stream().anyMatch(column -> policy.uses(column.table(), column.column()))) {
                    dependents.add(new EnumTypeChange.DependentPolicy(table.name(), policy));
                }
            }
        }
        return dependents;
    }

    /**
     * The columns {@code from} declares with the type {@code name}, as PostgreSQL prints it (qualified or not), with
     * their defaults in {@code from} and in {@code to}.
     */
    private static List<EnumTypeChange.QualifiedColumn> columnsOfType(Schema from, Schema to, QualifiedName name) {
        Map<QualifiedName, Table> after = to.tablesByName();
        List<EnumTypeChange.QualifiedColumn> columns = new ArrayList<>();
        for (Table table : from.tables()) {
            for (Column column : table.columns()) {
                if (column.type().equals(name.name()) || column.type().equals(name.schema() + "." + name.name())) {
                    String defaultAfter = Optional.ofNullable(after.get(table.name()))
                            .flatMap(t -> t.column(column.name())).map(Column::defaultValue).orElse(null);
                    columns.add(new EnumTypeChange.QualifiedColumn(table.name(), column.name(), column.defaultValue(),
                            defaultAfter));
                }
            }
        }
        return columns;
    }

    /**
     * The sequence with the START WITH and CACHE of the existing one: START WITH only says where a sequence began, an
     * existing one goes on from its current value whatever the mapping's {@code initialValue} says (JHipster's history
     * starts {@code sequence_generator} at 1050), and CACHE only how many values a session takes ahead; neither changes
     * the values it hands out from now on, and Hibernate's own schema validation compares neither.
     */
    private static Sequence asHistoryHas(Sequence sequence, Sequence existing) {
        return new Sequence(sequence.name(), sequence.dataType(), existing.start(), sequence.increment(),
                sequence.minValue(), sequence.maxValue(), existing.cache(), sequence.cycle());
    }

    private static void compareSequences(Map<QualifiedName, Sequence> from, Map<QualifiedName, Sequence> to,
                                         List<SchemaChange> changes) {
        to.forEach((name, sequence) -> {
            Sequence old = from.get(name);
            if (old == null) {
                changes.add(new SequenceChange.CreateSequence(sequence));
            } else if (!old.equals(asHistoryHas(sequence, old))) {
                changes.add(new SequenceChange.AlterSequence(old, asHistoryHas(sequence, old)));
            }
        });
        from.forEach((name, sequence) -> {
            if (!to.containsKey(name)) {
                changes.add(new SequenceChange.DropSequence(sequence));
            }
        });
    }

    private static void compareTables(Map<QualifiedName, Table> from, Map<QualifiedName, Table> to,
                                      List<SchemaChange> changes, Ownership ownership, List<String> leftAlone) {
        to.forEach((name, table) -> {
            Table old = from.get(name);
            if (old == null) {
                changes.add(new TableChange.CreateTable(table));
                changes.addAll(new ConstraintDiff(name).diff(emptyLike(table), table));
            } else {
                compareTable(old, table, changes);
                changes.addAll(new ConstraintDiff(name, ownership, leftAlone).diff(old, table));
            }
        });
        from.forEach((name, table) -> {
            if (!to.containsKey(name)) {
                changes.add(new TableChange.DropTable(table));
                changes.addAll(new ConstraintDiff(name).diff(table, emptyLike(table)));
            }
        });
    }

    private static Table emptyLike(Table table) {
        return new Table(table.name(), table.columns(), table.primaryKey(), List.of(), List.of(), List.of(),
                List.of(), table.comment());
    }

    private static void compareTable(Table from, Table to, List<SchemaChange> changes) {
        for (Column column : to.columns()) {
            from.column(column.name()).ifPresentOrElse(
                    old -> {
                        if (!old.sameFromNowOn(column)) {
                            changes.add(new ColumnChange.AlterColumn(to.name(), old, column));
                        }
                    },
                    () -> changes.add(new ColumnChange.AddColumn(to.name(), column)));
        }
        for (Column column : from.columns()) {
            if (to.column(column.name()).isEmpty()) {
                changes.add(new ColumnChange.DropColumn(from.name(), column));
            }
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new TableChange.SetTableComment(to.name(), from.comment(), to.comment()));
        }
    }
}
