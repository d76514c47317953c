package dev.dbflow.internal.compare;

import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.PolicyColumn;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.RowSecurity;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.operation.PolicyChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.operation.TableChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The row-level security operations of one table, given the column, table and enum type operations of the whole
 * changeset.
 *
 * <p>Ownership: a table whose entity declares {@code @RowLevelSecurity} (a non-null {@link Table#rowSecurity()} on the
 * entities' side) gets exactly the entity's switches and policies; any other table keeps the ones it has, and a
 * dropped table loses them with it (dropped explicitly, so that the rollback creates them again). Whichever side owns
 * a policy, one that uses a column the changeset drops or retypes ({@link ChangedColumns}) or a rebuilt enum type
 * itself is dropped first and created again last, because PostgreSQL refuses those changes while a policy uses the
 * object; one that no entity manages and that uses a dropped column cannot be created again and is only dropped.
 */
final class PolicyDiff {

    private final ChangedColumns changed;

    private PolicyDiff(ChangedColumns changed) {
        this.changed = changed;
    }

    /** Returns the diff for a changeset made of {@code operations} (every operation but the policies' own). */
    static PolicyDiff around(List<SchemaChange> operations) {
        return new PolicyDiff(ChangedColumns.of(operations));
    }

    /**
     * Returns the operations that take {@code from}'s row-level security to what {@code to} declares.
     *
     * @param name the table
     * @param from the table as the changelog builds it, or null when the changeset creates it
     * @param to   the table as the entities map it, or null when the changeset drops it
     */
    List<SchemaChange> diff(QualifiedName name, Table from, Table to) {
        RowSecurity before = from == null ? RowSecurity.OFF : from.rowSecurity();
        List<Policy> existing = from == null ? List.of() : from.policies();
        boolean managed = to != null && to.rowSecurity() != null;
        RowSecurity after = managed ? to.rowSecurity() : to == null ? RowSecurity.OFF : before;
        Map<String, Policy> wanted = new TreeMap<>();
        (managed ? to.policies() : to == null ? List.<Policy>of() : existing).forEach(p -> wanted.put(p.name(), p));
        List<SchemaChange> changes = new ArrayList<>();
        for (Policy policy : existing) {
            Policy next = wanted.remove(policy.name());
            List<String> around = around(policy);
            boolean lost = to != null && !managed && policy.uses().stream().anyMatch(changed.dropped()::contains);
            if (next == null || lost) {
                changes.add(new PolicyChange.DropPolicy(name, policy, lost ? around : List.of(), false));
            } else if (!around.isEmpty()) {
                changes.add(new PolicyChange.DropPolicy(name, policy, around, true));
                changes.add(new PolicyChange.CreatePolicy(name, next, around, true));
            } else if (!next.equals(policy)) {
                changes.add(new PolicyChange.AlterPolicy(name, policy, next));
            }
        }
        wanted.values().forEach(p -> changes.add(new PolicyChange.CreatePolicy(name, p, List.of(), false)));
        if (!before.equals(after)) {
            changes.add(new TableChange.SetRowSecurity(name, before, after));
        }
        return changes;
    }

    /** The dropped or retyped columns ({@code table.column}) and rebuilt types ({@code type t}) {@code policy} uses. */
    private List<String> around(Policy policy) {
        Set<String> objects = new TreeSet<>();
        for (PolicyColumn column : policy.uses()) {
            if (changed.touches(column)) {
                objects.add(column.table().display() + "." + column.column());
            }
        }
        policy.types().stream().filter(changed.rebuiltTypes()::contains).forEach(type -> objects.add("type " + type.display()));
        return List.copyOf(objects);
    }
}
