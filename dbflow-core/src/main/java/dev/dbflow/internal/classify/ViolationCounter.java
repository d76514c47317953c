package dev.dbflow.internal.classify;

import static dev.dbflow.internal.model.Identifiers.quote;

import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.Identifiers;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.SchemaChange;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Counts, in the target database, the rows a data-dependent operation would fail on: NULLs for
 * {@code SET NOT NULL} ({@code DD001}), rows in duplicate groups for a unique key ({@code DD002}), rows that
 * break a check or have no parent row for a foreign key ({@code DD003}), values that do not parse as the new
 * type ({@code DD004}, with PostgreSQL 16's {@code pg_input_is_valid}). Each count is one read-only query.
 */
public final class ViolationCounter {

    private final Connection target;

    /** @param target an open connection to the target database; it is not closed */
    public ViolationCounter(Connection target) {
        this.target = target;
    }

    /**
     * Counts the violating rows of one finding.
     *
     * @return the count, or empty when the finding is not countable (a locking or data-loss finding)
     * @throws SQLException when the query fails, e.g. the target does not have the table yet
     */
    public Optional<Long> count(SchemaChange operation, Finding finding) throws SQLException {
        String sql = query(operation, finding.id());
        if (sql == null) {
            return Optional.empty();
        }
        try (Statement statement = target.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return Optional.of(rs.getLong(1));
        }
    }

    private static String query(SchemaChange operation, String id) {
        String table = quote(operation.table());
        if (id.equals("DD001") && operation instanceof ColumnChange.AlterColumn alter) {
            return "SELECT count(*) FROM " + table + " WHERE " + quote(alter.column()) + " IS NULL";
        }
        if (id.equals("DD002")) {
            List<String> columns = uniqueColumns(operation);
            String key = columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
            return columns.isEmpty() ? null : "SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM " + table
                    + " GROUP BY " + key + " HAVING count(*) > 1) AS duplicates";
        }
        if (id.equals("DD004") && operation instanceof ColumnChange.AlterColumn alter) {
            // pg_input_is_valid (PostgreSQL 16+) parses the value as the new type without failing.
            return "SELECT count(*) FROM " + table + " WHERE " + quote(alter.column()) + " IS NOT NULL AND NOT "
                    + "pg_input_is_valid(" + quote(alter.column()) + "::text, '" + alter.to().type().replace("'", "''")
                    + "')";
        }
        if (id.equals("DD003") && operation instanceof ConstraintChange.CheckChange check) {
            String expression = check.check().definition().replaceFirst("^CHECK ", "");
            return "SELECT count(*) FROM " + table + " WHERE NOT " + expression;
        }
        if (id.equals("DD003") && operation instanceof ConstraintChange.ForeignKeyChange fk) {
            return orphans(table, fk.key());
        }
        return null;
    }

    private static List<String> uniqueColumns(SchemaChange operation) {
        if (operation instanceof ConstraintChange.UniqueChange unique) {
            return unique.constraint().columns();
        }
        if (operation instanceof ConstraintChange.IndexChange index) {
            return index.index().columns();
        }
        if (operation instanceof ConstraintChange.PrimaryKeyChange key) {
            return key.key().columns();
        }
        return List.of();
    }

    private static String orphans(String table, ForeignKey key) {
        String present = key.columns().stream().map(c -> "c." + quote(c) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        String join = IntStream.range(0, key.columns().size())
                .mapToObj(i -> "p." + quote(key.referencedColumns().get(i)) + " = c." + quote(key.columns().get(i)))
                .collect(Collectors.joining(" AND "));
        return "SELECT count(*) FROM " + table + " c WHERE " + present + " AND NOT EXISTS (SELECT 1 FROM "
                + quote(key.referencedTable()) + " p WHERE " + join + ")";
    }

}
