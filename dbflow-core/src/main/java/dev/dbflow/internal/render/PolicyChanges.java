package dev.dbflow.internal.render;

import dev.dbflow.internal.model.RowSecurity;
import dev.dbflow.internal.operation.PolicyChange;
import dev.dbflow.internal.operation.TableChange;
import liquibase.change.Change;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders row-level security operations as SQL (Liquibase has no change type for them). A changed policy is dropped
 * and created again rather than altered: {@code ALTER POLICY} cannot change the command or the permissive kind, nor
 * remove an expression, and inside the changeset's transaction the two forms are the same to every other session.
 */
final class PolicyChanges {

    /** Returns the changes for one policy operation, in the order they must run. */
    List<Change> render(PolicyChange change) {
        String table = Names.sql(change.table());
        String drop = "DROP POLICY " + Names.quote(change.objectName()) + " ON " + table;
        if (change instanceof PolicyChange.DropPolicy) {
            return List.of(ChangeRenderer.Sql.change(drop));
        }
        Change create = ChangeRenderer.Sql.change(change.policy().createStatement(table, Names::quote));
        return change instanceof PolicyChange.AlterPolicy ? List.of(ChangeRenderer.Sql.change(drop), create)
                : List.of(create);
    }

    /** Returns the {@code ALTER TABLE} changes that switch row-level security as the operation says. */
    List<Change> render(TableChange.SetRowSecurity change) {
        String table = "ALTER TABLE " + Names.sql(change.table());
        RowSecurity from = change.from();
        RowSecurity to = change.to();
        List<Change> changes = new ArrayList<>();
        if (from.enabled() != to.enabled()) {
            changes.add(ChangeRenderer.Sql.change(table + (to.enabled() ? " ENABLE" : " DISABLE")
                    + " ROW LEVEL SECURITY"));
        }
        if (from.forced() != to.forced()) {
            changes.add(ChangeRenderer.Sql.change(table + (to.forced() ? " FORCE" : " NO FORCE")
                    + " ROW LEVEL SECURITY"));
        }
        return changes;
    }
}
