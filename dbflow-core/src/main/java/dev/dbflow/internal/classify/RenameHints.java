package dev.dbflow.internal.classify;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.SchemaChange;

import java.util.ArrayList;
import java.util.List;

/**
 * The renames a refusal offers first: a table that loses exactly one column and gains one of the same type was
 * probably renamed, whether the refusal is for the dropped column's values (DL002) or for the added column's NOT
 * NULL (DD001).
 */
final class RenameHints {

    private RenameHints() {
    }

    /** Returns "Did you rename ...? Then declare ..." for each such table, each sentence starting with a space. */
    static String of(List<SchemaChange> operations) {
        List<String> hints = new ArrayList<>();
        for (SchemaChange op : operations) {
            if (op instanceof ColumnChange.DropColumn dropped) {
                List<Column> added = operations.stream()
                        .filter(o -> o instanceof ColumnChange.AddColumn a && a.table().equals(dropped.table()))
                        .map(o -> ((ColumnChange.AddColumn) o).definition()).toList();
                long dropsOnTable = operations.stream()
                        .filter(o -> o instanceof ColumnChange.DropColumn d && d.table().equals(dropped.table())).count();
                if (dropsOnTable == 1 && added.size() == 1 && added.get(0).type().equals(dropped.definition().type())) {
                    String table = dropped.table().display();
                    hints.add(" Did you rename " + table + "." + dropped.column() + " to " + table + "."
                            + added.get(0).name() + "? Then declare -Ddbflow.renames=\"" + table + "." + dropped.column()
                            + "->" + table + "." + added.get(0).name() + "\".");
                }
            }
        }
        return String.join("", hints);
    }
}
