package dev.dbflow.internal.render;

import dev.dbflow.internal.model.EnumType;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.operation.EnumTypeChange;
import liquibase.change.Change;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders enum type operations as SQL (Liquibase has no change type for PostgreSQL enum types). Adding values is
 * done in place, {@code ALTER TYPE … ADD VALUE … BEFORE} to keep the declared order; any other change, and so the
 * rollback of an addition, rebuilds the type: the old one is renamed, the new one created, every column that uses
 * it converted through its text form (its default dropped before and set again after), and the old one dropped; the
 * rebuild that rolls back an addition also drops and recreates the policies that use the type.
 */
final class EnumTypeChanges {

    /** Returns the changes for one operation, in the order they must run. */
    List<Change> render(EnumTypeChange change) {
        String type = Names.sql(change.type().name());
        if (change instanceof EnumTypeChange.CreateEnumType c) {
            return List.of(ChangeRenderer.Sql.change("CREATE TYPE " + type + " AS ENUM (" + labels(c.type()) + ")"));
        }
        if (change instanceof EnumTypeChange.DropEnumType) {
            return List.of(ChangeRenderer.Sql.change("DROP TYPE " + type));
        }
        EnumTypeChange.AlterEnumType alter = (EnumTypeChange.AlterEnumType) change;
        return alter.inPlace() ? addValues(alter, type) : rebuild(alter, type);
    }

    private static List<Change> addValues(EnumTypeChange.AlterEnumType alter, String type) {
        List<String> present = new ArrayList<>(alter.from().labels());
        List<String> wanted = alter.type().labels();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            String label = wanted.get(i);
            if (present.contains(label)) {
                continue;
            }
            String before = wanted.subList(i + 1, wanted.size()).stream().filter(present::contains).findFirst()
                    .orElse(null);
            changes.add(ChangeRenderer.Sql.change("ALTER TYPE " + type + " ADD VALUE " + literal(label)
                    + (before == null ? "" : " BEFORE " + literal(before))));
            present.add(before == null ? present.size() : present.indexOf(before), label);
        }
        return changes;
    }

    private static List<Change> rebuild(EnumTypeChange.AlterEnumType alter, String type) {
        QualifiedName name = alter.type().name();
        String old = name.name() + "_dbflow_old";
        List<Change> changes = new ArrayList<>();
        for (EnumTypeChange.DependentPolicy dependent : alter.dependents()) {
            changes.add(ChangeRenderer.Sql.change("DROP POLICY " + Names.quote(dependent.policy().name()) + " ON "
                    + Names.sql(dependent.table())));
        }
        changes.add(ChangeRenderer.Sql.change("ALTER TYPE " + type + " RENAME TO " + Names.quote(old)));
        changes.add(ChangeRenderer.Sql.change("CREATE TYPE " + type + " AS ENUM (" + labels(alter.type()) + ")"));
        for (EnumTypeChange.QualifiedColumn column : alter.usedBy()) {
            String quoted = Names.quote(column.column());
            String alterColumn = "ALTER TABLE " + Names.sql(column.table()) + " ALTER COLUMN " + quoted;
            if (column.defaultBefore() != null) {
                changes.add(ChangeRenderer.Sql.change(alterColumn + " DROP DEFAULT"));
            }
            changes.add(ChangeRenderer.Sql.change(alterColumn + " TYPE " + type + " USING " + quoted + "::text::"
                    + type));
            if (column.defaultAfter() != null) {
                changes.add(ChangeRenderer.Sql.change(alterColumn + " SET DEFAULT " + column.defaultAfter()));
            }
        }
        changes.add(ChangeRenderer.Sql.change("DROP TYPE " + Names.sql(new QualifiedName(name.schema(), old))));
        for (EnumTypeChange.DependentPolicy dependent : alter.dependents()) {
            changes.add(ChangeRenderer.Sql.change(dependent.policy().createStatement(Names.sql(dependent.table()),
                    Names::quote)));
        }
        return changes;
    }

    private static String labels(EnumType type) {
        return type.labels().stream().map(EnumTypeChanges::literal).collect(Collectors.joining(", "));
    }

    private static String literal(String label) {
        return "'" + label.replace("'", "''") + "'";
    }
}
