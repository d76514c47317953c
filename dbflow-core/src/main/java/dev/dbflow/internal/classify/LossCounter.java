package dev.dbflow.internal.classify;

import static dev.dbflow.internal.model.Identifiers.quote;

import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.operation.TableChange;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Counts, in the target database, the rows a refused operation would lose or fail on, for the developer deciding
 * whether to accept it: a dropped table's rows ({@code DL001}), a dropped column's values ({@code DL002}), the values a
 * narrower type cuts or rejects ({@code DL003}), and the rows a NOT NULL column without a value fails on
 * ({@code DD001}). Each count is one read-only query.
 */
public final class LossCounter {

    private final Connection target;

    /** @param target an open connection to the target database; it is not closed */
    public LossCounter(Connection target) {
        this.target = target;
    }

    /**
     * Counts the rows of one refused finding.
     *
     * @return e.g. {@code 3 rows longer than 255}; empty when the finding is not about rows (a sequence, a policy, a
     *         composite type's attribute)
     * @throws SQLException when the query fails, e.g. the target does not have the table
     */
    public Optional<String> count(SchemaChange operation, Finding finding) throws SQLException {
        String table = quote(operation.table());
        String id = finding.id();
        if (id.equals("DL001") && operation instanceof TableChange.DropTable) {
            return Optional.of(rows("SELECT count(*) FROM " + table, ""));
        }
        if (id.equals("DL002") && operation instanceof ColumnChange.DropColumn drop) {
            return Optional.of(rows("SELECT count(*) FROM " + table + " WHERE " + quote(drop.column())
                    + " IS NOT NULL", " with a value"));
        }
        if (id.equals("DL003") && operation instanceof ColumnChange.AlterColumn alter) {
            String column = quote(alter.column());
            String type = alter.to().type();
            int length = TypeChanges.textLength(type);
            if (length >= 0) {
                return Optional.of(rows("SELECT count(*) FROM " + table + " WHERE char_length(" + column + ") > "
                        + length, " longer than " + length));
            }
            // A value the new type rejects (pg_input_is_valid, PostgreSQL 16+), or one it rounds.
            String literal = "'" + type.replace("'", "''") + "'";
            return Optional.of(rows("SELECT count(*) FROM " + table + " WHERE " + column + " IS NOT NULL AND CASE "
                    + "WHEN pg_input_is_valid(" + column + "::text, " + literal + ") THEN " + column + "::text::"
                    + type + " <> " + column + " ELSE true END", " whose value does not fit " + type));
        }
        if (id.equals("DD001") && operation instanceof ColumnChange.AlterColumn alter) {
            return Optional.of(rows("SELECT count(*) FROM " + table + " WHERE " + quote(alter.column())
                    + " IS NULL", " holding NULL"));
        }
        if (id.equals("DD001") && operation instanceof ColumnChange.AddColumn) {
            return Optional.of(rows("SELECT count(*) FROM " + table, " without a value for it"));
        }
        return Optional.empty();
    }

    private String rows(String sql, String what) throws SQLException {
        try (Statement statement = target.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            long rows = rs.getLong(1);
            return rows + (rows == 1 ? " row" : " rows") + what;
        }
    }
}
