package dev.dbflow.internal.render;

import dev.dbflow.internal.model.CompositeType;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.operation.CompositeTypeChange;
import dev.dbflow.internal.operation.EnumTypeChange;
import liquibase.change.Change;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders composite type operations as PostgreSQL's own statements (Liquibase has no change for them): {@code CREATE
 * TYPE … AS (…)}, {@code DROP TYPE}, one {@code ALTER TYPE} that drops, adds and retypes attributes in place, or a
 * rebuild of the type around the columns that use it.
 */
final class CompositeTypeChanges {

    List<Change> render(CompositeTypeChange change) {
        String type = Names.sql(change.type().name());
        if (change instanceof CompositeTypeChange.CreateCompositeType c) {
            return List.of(create(type, c.type()));
        }
        if (change instanceof CompositeTypeChange.DropCompositeType) {
            return List.of(ChangeRenderer.Sql.change("DROP TYPE " + type));
        }
        CompositeTypeChange.AlterCompositeType alter = (CompositeTypeChange.AlterCompositeType) change;
        return alter.inPlace() ? List.of(inPlace(type, alter)) : rebuild(type, alter);
    }

    private static Change create(String type, CompositeType composite) {
        return ChangeRenderer.Sql.change("CREATE TYPE " + type + " AS (" + composite.attributes().stream()
                .map(a -> Names.quote(a.name()) + " " + a.type()).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * The new type under the old name, each column that uses it converted attribute by attribute (a new attribute is
     * NULL, a retyped one cast), and the old type dropped.
     */
    private static List<Change> rebuild(String type, CompositeTypeChange.AlterCompositeType alter) {
        QualifiedName name = alter.type().name();
        String old = name.name() + "_dbflow_old";
        List<Change> changes = new ArrayList<>();
        changes.add(ChangeRenderer.Sql.change("ALTER TYPE " + type + " RENAME TO " + Names.quote(old)));
        changes.add(create(type, alter.type()));
        for (EnumTypeChange.QualifiedColumn column : alter.usedBy()) {
            String quoted = Names.quote(column.column());
            String values = alter.type().attributes().stream().map(a -> alter.from().attribute(a.name())
                    .map(was -> "(" + quoted + ")." + Names.quote(a.name()) + "::" + a.type())
                    .orElse("NULL::" + a.type())).collect(Collectors.joining(", "));
            changes.add(ChangeRenderer.Sql.change("ALTER TABLE " + Names.sql(column.table()) + " ALTER COLUMN "
                    + quoted + " TYPE " + type + " USING CASE WHEN " + quoted + " IS NULL THEN NULL ELSE ROW("
                    + values + ")::" + type + " END"));
        }
        changes.add(ChangeRenderer.Sql.change("DROP TYPE " + Names.sql(new QualifiedName(name.schema(), old))));
        return changes;
    }

    private static Change inPlace(String type, CompositeTypeChange.AlterCompositeType alter) {
        List<String> actions = new ArrayList<>();
        for (CompositeType.Attribute old : alter.from().attributes()) {
            if (alter.type().attribute(old.name()).isEmpty()) {
                actions.add("DROP ATTRIBUTE " + Names.quote(old.name()));
            }
        }
        for (CompositeType.Attribute attribute : alter.type().attributes()) {
            alter.from().attribute(attribute.name()).ifPresentOrElse(
                    old -> {
                        if (!old.type().equals(attribute.type())) {
                            actions.add("ALTER ATTRIBUTE " + Names.quote(attribute.name()) + " TYPE " + attribute.type());
                        }
                    },
                    () -> actions.add("ADD ATTRIBUTE " + Names.quote(attribute.name()) + " " + attribute.type()));
        }
        return ChangeRenderer.Sql.change("ALTER TYPE " + type + " " + String.join(", ", actions));
    }
}
