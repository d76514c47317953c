package dev.dbflow.internal.load;

import dev.dbflow.annotations.RenamedFrom;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.load.mapping.MappedEntity;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The renames the developer declared, with {@link RenamedFrom} on entities and fields or with the
 * {@code renames} setting, in database names.
 *
 * @param tables  table renames
 * @param columns column renames; the table is named as it is after the table renames
 */
public record DeclaredRenames(List<TableRename> tables, List<ColumnRename> columns) {

    /** {@code from} becomes {@code to}, in the same schema. */
    public record TableRename(QualifiedName from, String to) {
    }

    /** Column {@code from} of {@code table} becomes {@code to}. */
    public record ColumnRename(QualifiedName table, String from, String to) {
    }

    /** Returns the declarations of a model that declares no rename. */
    public static DeclaredRenames none() {
        return new DeclaredRenames(List.of(), List.of());
    }

    /** Returns true when nothing is declared. */
    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }

    /**
     * Collects the declarations.
     *
     * @param entities  the mapped entities, whose mapping turns classes and fields into tables and columns
     * @param parameter the {@code renames} setting: {@code old->new} for a table, {@code table.old->table.new}
     *                  for a column (a schema may prefix either)
     * @throws ConfigurationException for a setting entry that is not of that form
     */
    public static DeclaredRenames of(List<MappedEntity> entities, List<String> parameter) {
        List<TableRename> tables = new ArrayList<>();
        List<ColumnRename> columns = new ArrayList<>();
        for (MappedEntity entity : entities) {
            Class<?> type = entity.type();
            QualifiedName table = new QualifiedName(entity.schema(), entity.table());
            if (type == null) {
                continue;
            }
            RenamedFrom renamedTable = ProjectAnnotations.declared(type, RenamedFrom.class);
            if (renamedTable != null) {
                tables.add(new TableRename(new QualifiedName(table.schema(), fold(renamedTable.value())), table.name()));
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    RenamedFrom renamed = ProjectAnnotations.declared(field, RenamedFrom.class);
                    if (renamed != null) {
                        columns.add(new ColumnRename(table, fold(renamed.value()), column(entity, field)));
                    }
                }
            }
        }
        parameter.forEach(entry -> parse(entry, tables, columns));
        return new DeclaredRenames(List.copyOf(tables), List.copyOf(columns));
    }

    private static String column(MappedEntity entity, Field field) {
        List<String> mapped = entity.columns().getOrDefault(field.getName(), List.of());
        if (mapped.size() != 1) {
            throw new ConfigurationException("@RenamedFrom on " + entity.className() + "." + field.getName()
                    + " names one old column, but the field maps to " + mapped.size() + " columns. Declare the "
                    + "renames with -Ddbflow.renames=table.old_column->table.new_column instead.");
        }
        return mapped.get(0);
    }

    /**
     * {@code old->new} and {@code schema.old->new} rename a table (the new name has no dot); {@code table.old->
     * table.new} and {@code schema.table.old->schema.table.new} rename a column.
     */
    private static void parse(String entry, List<TableRename> tables, List<ColumnRename> columns) {
        String[] sides = entry.split("->");
        String[] from = sides.length == 2 ? sides[0].trim().split("\\.") : new String[0];
        String[] to = sides.length == 2 ? sides[1].trim().split("\\.") : new String[0];
        if (to.length == 1 && (from.length == 1 || from.length == 2) && !to[0].isBlank() && !from[0].isBlank()) {
            String schema = from.length == 2 ? fold(from[0]) : "public";
            tables.add(new TableRename(new QualifiedName(schema, fold(from[from.length - 1])), fold(to[0])));
        } else if ((to.length == 2 || to.length == 3) && from.length == to.length && sameTable(from, to)) {
            String schema = from.length == 3 ? fold(from[0]) : "public";
            columns.add(new ColumnRename(new QualifiedName(schema, fold(from[from.length - 2])),
                    fold(from[from.length - 1]), fold(to[to.length - 1])));
        } else {
            throw new ConfigurationException("The setting 'renames' (-Ddbflow.renames) has the entry '" + entry
                    + "': write old_table->new_table (schema.old_table->new_table outside public) for a table, or "
                    + "table.old_column->table.new_column for a column, separated by commas.");
        }
    }

    private static boolean sameTable(String[] from, String[] to) {
        for (int i = 0; i < from.length - 1; i++) {
            if (!fold(from[i]).equals(fold(to[i]))) {
                return false;
            }
        }
        return true;
    }

    /** A name as PostgreSQL stores it: quoted names as written, others in lower case. */
    private static String fold(String name) {
        String trimmed = name.trim();
        return trimmed.startsWith("\"") && trimmed.endsWith("\"") && trimmed.length() > 1
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed.toLowerCase(Locale.ROOT);
    }
}
