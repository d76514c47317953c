package dev.dbflow.internal.compare;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.PolicyColumn;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.View;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.operation.TableChange;
import dev.dbflow.internal.operation.ViewChange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The view operations of a changeset, given its other operations.
 *
 * <p>Ownership: a view an entity declares ({@code @View}) is created as the entities' schema has it, with the query
 * PostgreSQL printed there; a view no entity declares is the changelog's and is left alone, unless {@code ownership}
 * gives it to dbflow (a generated changeset created it, for an entity that is gone). Whoever owns it, a view that
 * reads a column the changeset drops or retypes ({@link ChangedColumns}), a table it drops, or a view it creates again
 * is dropped first and created again last, because PostgreSQL refuses those changes while the view exists.
 */
final class ViewDiff {

    private final Map<QualifiedName, View> before;
    private final Map<QualifiedName, View> declared;
    private final ChangedColumns changed;
    private final Set<QualifiedName> droppedTables;

    private ViewDiff(Schema from, Schema to, List<SchemaChange> operations) {
        this.before = from.viewsByName();
        this.declared = to.viewsByName();
        this.changed = ChangedColumns.of(operations);
        this.droppedTables = operations.stream().filter(op -> op instanceof TableChange.DropTable)
                .map(SchemaChange::table).collect(Collectors.toSet());
    }

    /**
     * Returns the view operations that take {@code from}'s views to those {@code to} declares around
     * {@code operations}.
     *
     * @throws ConfigurationException when a view no entity declares reads what the changeset drops, or is a
     *                                materialized view that would have to be created again
     */
    static List<SchemaChange> diff(Schema from, Schema to, List<SchemaChange> operations, Ownership ownership) {
        return new ViewDiff(from, to, operations).diff(ownership);
    }

    private List<SchemaChange> diff(Ownership ownership) {
        Set<QualifiedName> dropped = new TreeSet<>();
        before.keySet().stream().filter(name -> !declared.containsKey(name) && ownership.owns(name.name()))
                .forEach(dropped::add);
        Map<QualifiedName, String> recreated = new TreeMap<>();
        before.forEach((name, view) -> {
            View wanted = declared.get(name);
            if (wanted != null && (!wanted.definition().equals(view.definition())
                    || wanted.materialized() != view.materialized())) {
                recreated.put(name, "new definition");
            } else if (!dropped.contains(name)) {
                changedRead(view).ifPresent(read -> recreated.put(name, "reads " + read.display()
                        + ", which this changeset changes"));
            }
        });
        addReadersOf(recreated, dropped);
        Map<QualifiedName, View> after = new HashMap<>(declared);
        before.forEach((name, view) -> {
            if (!dropped.contains(name)) {
                after.putIfAbsent(name, view);
            }
        });
        List<SchemaChange> changes = new ArrayList<>();
        dropped.forEach(name -> changes.add(new ViewChange.DropView(before.get(name), null, depth(name, before))));
        recreated.forEach((name, because) -> {
            View view = after.get(name);
            if (!declared.containsKey(name)) {
                refuseToRecreate(view, because, dropped);
            }
            changes.add(new ViewChange.DropView(before.get(name), because, depth(name, before)));
            changes.add(new ViewChange.CreateView(view, because, depth(name, after)));
        });
        declared.forEach((name, view) -> {
            if (!before.containsKey(name)) {
                changes.add(new ViewChange.CreateView(view, null, depth(name, after)));
            }
        });
        return changes;
    }

    /** The first relation {@code view} reads that the changeset drops, or whose read column it drops or retypes. */
    private Optional<QualifiedName> changedRead(View view) {
        return view.reads().stream().filter(read -> droppedTables.contains(read.relation())
                || read.column() != null && changed.touches(new PolicyColumn(read.relation(), read.column())))
                .map(View.Read::relation).findFirst();
    }

    /** Adds, until none is left, each kept view that reads a view dropped or created again. */
    private void addReadersOf(Map<QualifiedName, String> recreated, Set<QualifiedName> dropped) {
        boolean added = true;
        while (added) {
            added = false;
            for (View view : before.values()) {
                if (recreated.containsKey(view.name()) || dropped.contains(view.name())) {
                    continue;
                }
                Optional<QualifiedName> read = view.reads().stream().map(View.Read::relation)
                        .filter(r -> recreated.containsKey(r) || dropped.contains(r)).findFirst();
                if (read.isPresent()) {
                    recreated.put(view.name(), "reads view " + read.get().display() + ", which is created again");
                    added = true;
                }
            }
        }
    }

    /**
     * A view no entity declares is created again as the changelog made it, which works only when what it reads stays,
     * and only for a plain view: a materialized one would lose its data and indexes.
     */
    private void refuseToRecreate(View view, String because, Set<QualifiedName> dropped) {
        String kind = view.materialized() ? "Materialized view " : "View ";
        String fix = " Drop it in a hand-written changeset before this change and create it again after, or declare it"
                + " on an entity with @View, then run generate again.";
        if (view.materialized()) {
            throw new ConfigurationException(kind + view.name().display() + " " + because + ". PostgreSQL refuses the"
                    + " change while the view exists, and dbflow does not create a materialized view again (its data"
                    + " and indexes are the changelog's)." + fix);
        }
        view.reads().stream().filter(read -> droppedTables.contains(read.relation()) || dropped.contains(read.relation())
                || read.column() != null && changed.dropped().contains(new PolicyColumn(read.relation(), read.column())))
                .findFirst().ifPresent(read -> {
                    throw new ConfigurationException(kind + view.name().display() + " reads "
                            + read.relation().display() + (read.column() == null ? "" : "." + read.column())
                            + ", which this changeset drops; no entity declares the view, so dbflow keeps it as the"
                            + " changelog made it and cannot create it again without what it reads." + fix);
                });
    }

    /** How many views lie between the view {@code name} and the tables, among {@code views}. */
    private static int depth(QualifiedName name, Map<QualifiedName, View> views) {
        View view = views.get(name);
        return view == null ? -1 : 1 + view.reads().stream().map(View.Read::relation).distinct()
                .filter(r -> !r.equals(name)).mapToInt(r -> depth(r, views)).max().orElse(-1);
    }
}
