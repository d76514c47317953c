package dev.dbflow.internal.classify;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.SchemaChange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A NOT NULL column without a default cannot be added to a table that has rows. With a backfill value it
 * becomes three steps: add it nullable, fill it, make it NOT NULL; without one, {@code generate} stops and
 * says how to give one.
 */
public final class Backfills {

    private final Map<String, String> values = new HashMap<>();

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
     * Expands each NOT NULL column added to an existing table into add-nullable, backfill, set-not-null.
     *
     * @param operations the operations in changeset order
     * @param before     the schema they apply to
     * @return the operations with the expansions in place of the additions, order otherwise kept
     * @throws ConfigurationException naming every such column that has no backfill value
     */
    public List<SchemaChange> apply(List<SchemaChange> operations, Schema before) {
        Set<QualifiedName> existing = before.tables().stream().map(t -> t.name()).collect(Collectors.toSet());
        List<SchemaChange> result = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String example = null;
        for (SchemaChange op : operations) {
            if (op instanceof ColumnChange.AddColumn add && existing.contains(add.table()) && needsValue(add.definition())) {
                String key = add.table().display() + "." + add.column();
                String value = values.get(key);
                if (value == null) {
                    missing.add(key);
                    example = example != null ? example : key + "=" + exampleValue(add.definition().type());
                    continue;
                }
                Column column = add.definition();
                Column nullable = new Column(column.name(), column.type(), true, null, null, column.comment(),
                        column.collation(), null);
                result.add(new ColumnChange.AddColumn(add.table(), nullable));
                result.add(new ColumnChange.Backfill(add.table(), column.name(), value, true));
                result.add(new ColumnChange.AlterColumn(add.table(), nullable, column));
            } else {
                result.add(op);
            }
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("generate wrote nothing: " + String.join(", ", missing) + (missing.size() == 1
                    ? " is a NOT NULL column" : " are NOT NULL columns") + " without a default, added to a table that "
                    + "may have rows (DD001)." + RenameHints.of(operations) + " Say what existing rows get with "
                    + "-Ddbflow.backfill="
                    + missing.stream().map(m -> m + "=<SQL value>").collect(Collectors.joining(","))
                    + " (quoted for the shell, e.g. -Ddbflow.backfill=\"" + example + "\"), which adds the"
                    + " column, fills it and then sets NOT NULL;"
                    + " or give the column a @ColumnDefault, or make it nullable.");
        }
        return result;
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
