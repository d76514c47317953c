package dev.dbflow.internal.render;

import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.operation.TableChange;
import liquibase.change.core.OutputChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The warnings a rollback block gives as it runs. Undoing a changeset drops every table it created and every column
 * it added, with whatever rows and values they came to hold since; nothing in the forward review says so, since
 * creating loses nothing. The first line of the rollback names them all, so that whoever rolls back (or reads the
 * rollback block) sees what goes.
 */
final class RollbackReview {

    private RollbackReview() {
    }

    /**
     * The line naming what the rollback of {@code operations} drops with its data, e.g. {@code This rollback drops,
     * with their data: table new_board, column task.priority}.
     *
     * @param operations the changeset's operations, in apply order
     * @return the warning, in apply order of what it names; empty when the rollback drops no table and no column
     */
    static Optional<OutputChange> of(List<SchemaChange> operations) {
        Set<QualifiedName> created = operations.stream().filter(op -> op instanceof TableChange.CreateTable)
                .map(SchemaChange::table).collect(Collectors.toSet());
        List<String> dropped = new ArrayList<>();
        for (SchemaChange op : operations) {
            if (op instanceof TableChange.CreateTable) {
                dropped.add("table " + op.table().display());
            } else if (op instanceof ColumnChange.AddColumn add && !created.contains(add.table())) {
                dropped.add("column " + add.table().display() + "." + add.definition().name());
            }
        }
        return dropped.isEmpty() ? Optional.empty()
                : Optional.of(warning("This rollback drops, with their data: " + String.join(", ", dropped)));
    }

    /** An output change at Liquibase's warning level: through its log, not bare on standard error. */
    static OutputChange warning(String message) {
        OutputChange warning = new OutputChange();
        warning.setMessage(message);
        warning.setTarget("WARN");
        return warning;
    }
}
