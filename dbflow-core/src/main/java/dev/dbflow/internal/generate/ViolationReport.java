package dev.dbflow.internal.generate;

import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.changelog.TargetConnector;
import dev.dbflow.internal.classify.Finding;
import dev.dbflow.internal.classify.LossCounter;
import dev.dbflow.internal.classify.ViolationCounter;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.SchemaChange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells the developer, for each data-dependent finding, how many rows of the target database would make the
 * operation fail. Counting is advice: a target that cannot be reached, or that lacks the table, is reported
 * and the job goes on.
 */
final class ViolationReport {

    private final DbflowListener listener;

    ViolationReport(DbflowListener listener) {
        this.listener = listener;
    }

    void report(TargetDatabase target, List<SchemaChange> operations, List<List<Finding>> findings) {
        if (target == null || findings.stream().flatMap(List::stream)
                .noneMatch(f -> f.category() == Finding.Category.DATA_DEPENDENT)) {
            return;
        }
        // A backfilled column's NULLs are filled before its SET NOT NULL: none of them makes it fail. The rows of a
        // new column all get the value; an existing column's count says how many rows the backfill changes.
        Map<String, Boolean> backfilled = operations.stream().filter(op -> op instanceof ColumnChange.Backfill)
                .map(op -> (ColumnChange.Backfill) op)
                .collect(Collectors.toMap(b -> b.table().display() + "." + b.column(), ColumnChange.Backfill::added));
        try (Connection connection = TargetConnector.open(target)) {
            connection.setReadOnly(true);
            ViolationCounter counter = new ViolationCounter(connection);
            for (int i = 0; i < operations.size(); i++) {
                for (Finding finding : findings.get(i)) {
                    Boolean added = finding.id().equals("DD001") ? backfilled.get(finding.object()) : null;
                    if (finding.category() != Finding.Category.DATA_DEPENDENT || Boolean.TRUE.equals(added)) {
                        continue;
                    }
                    report(counter, operations.get(i), finding, added != null);
                }
            }
        } catch (DbflowException | SQLException e) {
            listener.warn("Rows in the target database not counted: " + e.getMessage());
        }
    }

    /**
     * Tells, when a target database is configured, how many of its rows each refused finding concerns, e.g.
     * {@code DL003 owners.address: 3 rows longer than 255}, in changeset order.
     *
     * @param refused the findings the refusal names, among {@code findings}
     */
    void refused(TargetDatabase target, List<SchemaChange> operations, List<List<Finding>> findings,
                 List<Finding> refused) {
        if (target == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        try (Connection connection = TargetConnector.open(target)) {
            connection.setReadOnly(true);
            LossCounter counter = new LossCounter(connection);
            for (int i = 0; i < operations.size(); i++) {
                for (Finding finding : findings.get(i)) {
                    if (refused.contains(finding)) {
                        lines.add(finding.id() + " " + finding.object() + ": " + rows(counter, operations.get(i),
                                finding));
                    }
                }
            }
        } catch (DbflowException | SQLException e) {
            listener.warn("Rows in the target database not counted: " + e.getMessage());
            return;
        }
        if (!lines.isEmpty()) {
            listener.info("Rows in the " + TargetConnector.describe(target) + " that the refused operations would "
                    + "lose or fail on:");
            lines.forEach(line -> listener.info("  " + line));
        }
    }

    private static String rows(LossCounter counter, SchemaChange operation, Finding finding) {
        try {
            return counter.count(operation, finding).orElse("not a count of rows");
        } catch (SQLException e) {
            return "not counted (" + e.getMessage().replaceAll("\\s+", " ").trim() + ")";
        }
    }

    private void report(ViolationCounter counter, SchemaChange operation, Finding finding, boolean filled) {
        try {
            counter.count(operation, finding).ifPresent(rows -> {
                String line = finding.id() + " " + finding.object() + ": " + rows + (rows == 1 ? " row" : " rows")
                        + " in the target database " + (filled ? (rows == 1 ? "holds" : "hold") + " NULL, which the "
                        + "backfill fills" : "would make it fail");
                if (rows > 0 && !filled) {
                    listener.warn(line);
                } else {
                    listener.info(line);
                }
            });
        } catch (SQLException e) {
            listener.info(finding.id() + " " + finding.object() + ": not counted in the target database ("
                    + e.getMessage().replaceAll("\\s+", " ").trim() + ")");
        }
    }
}
