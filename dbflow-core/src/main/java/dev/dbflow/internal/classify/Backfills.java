package dev.dbflow.internal.classify;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.SchemaChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A NOT NULL column without a default cannot be added to a table that has rows, and an existing column cannot be
 * made NOT NULL while a row holds NULL in it. With a backfill value the first becomes add nullable, fill, make NOT
 * NULL, the second fill the NULLs, make NOT NULL; without one, {@code generate} refuses and says how to give one.
 */
public final class Backfills {

    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param entries {@code table.column=SQL value} entries
     * @throws ConfigurationException for an entry without {@code =}
     */
    public Backfills(List<String> entries) {
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new ConfigurationException("The setting 'backfill' (-Ddbflow.backfill) has the entry '" + entry
                        + "': write table.column=value, the value as SQL, e.g. task.priority='MEDIUM'.");
            }
            values.put(entry.substring(0, equals).trim().toLowerCase(java.util.Locale.ROOT),
                    entry.substring(equals + 1).trim());
        }
    }

    /**
     * The operations with each backfill in place, and the columns that have no value.
     *
     * @param operations the operations with the expansions in their place, order otherwise kept; an operation whose
     *                   column has no value is left out
     * @param refusal    the {@code DD001} reason naming every column that has no value; empty when each has one
     */
    public record Expansion(List<SchemaChange> operations, Optional<Refusal.Reason> refusal) {
    }

    /**
     * Expands each NOT NULL column added to an existing table into add-nullable, backfill, set-not-null, and each
     * existing column made NOT NULL into its other changes, backfill, set-not-null.
     *
     * @param operations the operations in changeset order
     * @param before     the schema they apply to
     * @return the expanded operations and the columns without a value
     */
    public Expansion apply(List<SchemaChange> operations, Schema before) {
        Set<QualifiedName> existing = before.tables().stream().map(t -> t.name()).collect(Collectors.toSet());
        List<SchemaChange> result = new ArrayList<>();
        BackfillRefusal refusal = new BackfillRefusal();
        for (SchemaChange op : operations) {
            if (op instanceof ColumnChange.AddColumn add && existing.contains(add.table()) && needsValue(add.definition())) {
                String key = add.table().display() + "." + add.column();
                String value = values.get(key);
                if (value == null) {
                    refusal.added(key, add.definition().type());
                    continue;
                }
                Column column = add.definition();
                Column nullable = new Column(column.name(), column.type(), true, null, null, column.comment(),
                        column.collation(), null);
                result.add(new ColumnChange.AddColumn(add.table(), nullable));
                result.add(new ColumnChange.Backfill(add.table(), column.name(), value, true, true));
                result.add(new ColumnChange.AlterColumn(add.table(), nullable, column));
            } else if (op instanceof ColumnChange.AlterColumn alter && existing.contains(alter.table())
                    && alter.from().nullable() && !alter.to().nullable()) {
                String key = alter.table().display() + "." + alter.column();
                String value = values.get(key);
                if (value == null) {
                    refusal.madeNotNull(key, alter.to().type());
                    continue;
                }
                // The other changes first, so the value is written as the new type; a nullable column has no identity.
                Column to = alter.to();
                Column nullable = new Column(to.name(), to.type(), true, to.defaultValue(), null, to.comment(),
                        to.collation(), null);
                if (!nullable.equals(alter.from())) {
                    result.add(new ColumnChange.AlterColumn(alter.table(), alter.from(), nullable));
                }
                result.add(new ColumnChange.Backfill(alter.table(), to.name(), value, false, true));
                result.add(new ColumnChange.AlterColumn(alter.table(), nullable, to));
            } else {
                result.add(op);
            }
        }
        return new Expansion(result, refusal.reason());
    }

    /**
     * Tells of the entries no column used.
     *
     * @param expanded the operations {@link #apply} returned
     * @return one warning per entry that names no column the changeset adds NOT NULL or makes NOT NULL, in the
     *         setting's order; empty when every entry was used
     */
    public List<String> unused(List<SchemaChange> expanded) {
        Set<String> used = filled(expanded);
        return values.keySet().stream().filter(key -> !used.contains(key))
                .map(key -> "The setting 'backfill' (-Ddbflow.backfill) gives a value for " + key + ", which this "
                        + "changeset neither adds as a NOT NULL column nor makes NOT NULL: the value is not used. "
                        + "Check the table and column name, or remove the entry.")
                .toList();
    }

    /** Returns the columns, as {@code table.column}, that a backfill of {@code operations} fills. */
    static Set<String> filled(List<SchemaChange> operations) {
        return operations.stream().filter(op -> op instanceof ColumnChange.Backfill)
                .map(op -> op.table().display() + "." + ((ColumnChange.Backfill) op).column())
                .collect(Collectors.toSet());
    }

    /** A value of {@code type} to show in the refusal's example, as SQL. */
    static String exampleValue(String type) {
        String base = type.replaceAll("\\(.*", "").trim();
        return switch (base) {
            case "boolean" -> "false";
            case "smallint", "integer", "bigint", "numeric", "real", "double precision" -> "0";
            case "date" -> "CURRENT_DATE";
            case "uuid" -> "gen_random_uuid()";
            case "jsonb", "json" -> "'{}'";
            default -> base.startsWith("timestamp") ? "CURRENT_TIMESTAMP"
                    : base.startsWith("time") ? "CURRENT_TIME"
                    : base.startsWith("character") || base.equals("text") ? "'unknown'" : "<SQL value>";
        };
    }

    private static boolean needsValue(Column column) {
        return !column.nullable() && column.defaultValue() == null && column.identity() == null;
    }
}
