package dev.dbflow.internal.compare;

import dev.dbflow.internal.model.PolicyColumn;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.CompositeTypeChange;
import dev.dbflow.internal.operation.EnumTypeChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.operation.TableChange;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The columns a changeset drops or gives another type (an {@code ALTER COLUMN … TYPE}, for a new type, a new collation,
 * or a rebuilt enum or composite type), and the types it rebuilds: PostgreSQL refuses those changes while a policy or a
 * view uses the column or type, so what uses them is dropped before and created again after.
 *
 * @param dropped      the columns dropped, a dropped table's included
 * @param retyped      the columns whose type is altered
 * @param rebuiltTypes the enum and composite types rebuilt under their name
 */
record ChangedColumns(Set<PolicyColumn> dropped, Set<PolicyColumn> retyped, Set<QualifiedName> rebuiltTypes) {

    /** Returns the columns and types {@code operations} drop, retype or rebuild. */
    static ChangedColumns of(List<SchemaChange> operations) {
        Set<PolicyColumn> dropped = new HashSet<>();
        Set<PolicyColumn> retyped = new HashSet<>();
        Set<QualifiedName> rebuiltTypes = new HashSet<>();
        for (SchemaChange op : operations) {
            if (op instanceof TableChange.DropTable t) {
                t.definition().columns().forEach(c -> dropped.add(new PolicyColumn(t.table(), c.name())));
            } else if (op instanceof ColumnChange.DropColumn c) {
                dropped.add(new PolicyColumn(c.table(), c.column()));
            } else if (op instanceof ColumnChange.AlterColumn c && (!c.from().type().equals(c.to().type())
                    || !Objects.equals(c.from().collation(), c.to().collation()))) {
                retyped.add(new PolicyColumn(c.table(), c.column()));
            } else if (op instanceof EnumTypeChange.AlterEnumType e && !e.inPlace()) {
                e.usedBy().forEach(u -> retyped.add(new PolicyColumn(u.table(), u.column())));
                rebuiltTypes.add(e.type().name());
            } else if (op instanceof CompositeTypeChange.AlterCompositeType c && !c.inPlace()) {
                c.usedBy().forEach(u -> retyped.add(new PolicyColumn(u.table(), u.column())));
                rebuiltTypes.add(c.type().name());
            }
        }
        return new ChangedColumns(dropped, retyped, rebuiltTypes);
    }

    /** Returns true when the changeset drops or retypes {@code column}. */
    boolean touches(PolicyColumn column) {
        return dropped.contains(column) || retyped.contains(column);
    }
}
