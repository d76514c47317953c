package dev.dbflow.internal.load.hibernate;

import dev.dbflow.internal.load.mapping.MappedEntity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity field behind a DDL failure that Hibernate reports by table and column ("Unable to determine SQL type
 * name for column 'extra' of table 'branch'"): the developer fixes a field, not a column.
 */
final class FailingField {

    private static final Pattern COLUMN_OF_TABLE = Pattern.compile("column '([^']+)' of table '([^']+)'");

    private FailingField() {
    }

    /** Returns {@code app.Branch.extra (column extra of table branch)} when {@code message} names a mapped column. */
    static Optional<String> of(String message, List<MappedEntity> entities) {
        Matcher matcher = message == null ? null : COLUMN_OF_TABLE.matcher(message);
        if (matcher == null || !matcher.find()) {
            return Optional.empty();
        }
        String column = matcher.group(1).toLowerCase(Locale.ROOT);
        String table = matcher.group(2).toLowerCase(Locale.ROOT);
        for (MappedEntity entity : entities) {
            if (!entity.table().equalsIgnoreCase(table)) {
                continue;
            }
            for (Map.Entry<String, List<String>> field : entity.columns().entrySet()) {
                if (field.getValue().stream().anyMatch(name -> name.equalsIgnoreCase(column))) {
                    return Optional.of(entity.className() + "." + field.getKey() + " (column " + column + " of table "
                            + table + ")");
                }
            }
        }
        return Optional.empty();
    }
}
