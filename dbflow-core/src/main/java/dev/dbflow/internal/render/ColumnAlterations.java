package dev.dbflow.internal.render;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.CastRoute;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.operation.ColumnChange.AlterColumn;
import liquibase.change.Change;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.SetColumnRemarksChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a column alteration as its steps in a workable order: drop the old default and identity (they
 * belong to the old type), change the type (casting the values by the route PostgreSQL's cast catalog allows) and
 * collation, set the new default, nullability and identity (an identity's kind and increment change in place, keeping
 * its sequence; a new identity on an existing column continues after the values it holds), then the comment.
 */
final class ColumnAlterations {

    private final CastRoute casts;

    ColumnAlterations(CastRoute casts) {
        this.casts = casts;
    }

    List<Change> render(AlterColumn alter) {
        Column from = alter.from();
        Column to = alter.to();
        QualifiedName table = alter.table();
        String type = TypeNames.liquibase(to.type(), table.display() + "." + to.name());
        List<Change> changes = new ArrayList<>();
        boolean defaultChanges = !Objects.equals(from.defaultValue(), to.defaultValue());
        boolean typeChanges = !from.type().equals(to.type());
        if (from.defaultValue() != null && (defaultChanges || typeChanges)) {
            changes.add(dropDefault(table, to.name()));
        }
        if (from.identity() != null && to.identity() == null) {
            changes.add(identity(table, to.name(), "DROP IDENTITY"));
        }
        if (typeChanges) {
            changes.add(retype(table, from, to, type));
        }
        if (!Objects.equals(from.collation(), to.collation()) || typeChanges && to.collation() != null) {
            changes.add(collate(table, to));
        }
        if (to.defaultValue() != null && (defaultChanges || typeChanges)) {
            changes.add(addDefault(table, to, type));
        }
        if (from.nullable() != to.nullable()) {
            changes.add(to.nullable() ? dropNotNull(table, to.name(), type) : addNotNull(table, to.name(), type));
        }
        if (to.identity() != null && from.identity() == null) {
            changes.add(addIdentity(table, to));
            changes.add(restartAfterExistingValues(table, to.name()));
        }
        if (to.identity() != null && from.identity() != null) {
            if (from.identity() != to.identity()) {
                changes.add(identity(table, to.name(), "SET GENERATED " + generated(to)));
            }
            if (from.identityOrDefault().increment() != to.identityOrDefault().increment()) {
                changes.add(identity(table, to.name(), "SET INCREMENT BY " + to.identityOrDefault().increment()));
            }
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            SetColumnRemarksChange change = new SetColumnRemarksChange();
            change.setSchemaName(Names.schema(table));
            change.setTableName(table.name());
            change.setColumnName(to.name());
            change.setRemarks(to.comment() == null ? "" : to.comment());
            changes.add(change);
        }
        return changes;
    }

    /**
     * Liquibase's {@code modifyDataType} when PostgreSQL casts the old type to the new one directly (it writes {@code
     * USING col::type}); else the same statement casting through the types PostgreSQL's cast catalog routes it by.
     *
     * @throws ConfigurationException when PostgreSQL has no route between the two types
     */
    private Change retype(QualifiedName table, Column from, Column to, String type) {
        String column = table.display() + "." + to.name();
        List<String> through = casts.through(from.type(), to.type()).orElseThrow(() -> new ConfigurationException(
                "Column " + column + " cannot change from " + from.type() + " to " + to.type() + ": PostgreSQL has "
                        + "no cast between them, not even through another type. Write this change as a data "
                        + "migration by hand (add a column of the new type, fill it from the old one, drop the old "
                        + "one), or keep the column's type."));
        if (through.isEmpty()) {
            ModifyDataTypeChange change = new ModifyDataTypeChange();
            change.setSchemaName(Names.schema(table));
            change.setTableName(table.name());
            change.setColumnName(to.name());
            change.setNewDataType(type);
            return change;
        }
        StringBuilder value = new StringBuilder(Names.quote(to.name()));
        through.forEach(middle -> value.append("::").append(middle));
        return ChangeRenderer.Sql.change("ALTER TABLE " + Names.sql(table) + " ALTER COLUMN " + Names.quote(to.name())
                + " TYPE " + to.type() + " USING " + value + "::" + to.type());
    }

    /**
     * Gives the column {@code column}'s collation, its type's default when it has none: Liquibase's column types
     * cannot carry one (it drops {@code COLLATE} from some), and {@code ALTER COLUMN … TYPE} resets it.
     */
    static Change collate(QualifiedName table, Column column) {
        return ChangeRenderer.Sql.change("ALTER TABLE " + Names.sql(table) + " ALTER COLUMN "
                + Names.quote(column.name()) + " TYPE " + column.type() + " COLLATE "
                + (column.collation() == null ? "\"default\"" : column.collation()));
    }

    /** {@code ADD GENERATED … AS IDENTITY} with the start and increment the mapping gives, if any. */
    static Change addIdentity(QualifiedName table, Column column) {
        return identity(table, column.name(), "ADD GENERATED " + generated(column) + " AS IDENTITY"
                + (column.identityOptions() == null ? "" : " (START WITH " + column.identityOptions().start()
                + " INCREMENT BY " + column.identityOptions().increment() + ")"));
    }

    static Change addDefault(QualifiedName table, Column column, String type) {
        AddDefaultValueChange change = new AddDefaultValueChange();
        change.setSchemaName(Names.schema(table));
        change.setTableName(table.name());
        change.setColumnName(column.name());
        change.setColumnDataType(type);
        change.setDefaultValueComputed(DefaultValues.computed(column.defaultValue()));
        return change;
    }

    private static String generated(Column column) {
        return column.identity() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
    }

    /**
     * Moves a new identity on an existing column past the values the column already holds, so the first generated
     * value does not collide with an existing row; on an empty table it does nothing.
     */
    private static Change restartAfterExistingValues(QualifiedName table, String column) {
        String literal = "'" + Names.sql(table).replace("'", "''") + "'";
        // pg_get_serial_sequence parses the table name as SQL does but takes the column name as it is spelled.
        return ChangeRenderer.Sql.change("SELECT setval(pg_get_serial_sequence(" + literal + ", '"
                + column.replace("'", "''") + "'), max(" + Names.quote(column) + ")) FROM "
                + Names.sql(table) + " HAVING max(" + Names.quote(column) + ") IS NOT NULL");
    }

    static Change dropDefault(QualifiedName table, String column) {
        DropDefaultValueChange change = new DropDefaultValueChange();
        change.setSchemaName(Names.schema(table));
        change.setTableName(table.name());
        change.setColumnName(column);
        return change;
    }

    private static Change addNotNull(QualifiedName table, String column, String type) {
        AddNotNullConstraintChange change = new AddNotNullConstraintChange();
        change.setSchemaName(Names.schema(table));
        change.setTableName(table.name());
        change.setColumnName(column);
        change.setColumnDataType(type);
        return change;
    }

    private static Change dropNotNull(QualifiedName table, String column, String type) {
        DropNotNullConstraintChange change = new DropNotNullConstraintChange();
        change.setSchemaName(Names.schema(table));
        change.setTableName(table.name());
        change.setColumnName(column);
        change.setColumnDataType(type);
        return change;
    }

    static Change identity(QualifiedName table, String column, String clause) {
        return ChangeRenderer.Sql.change("ALTER TABLE " + Names.sql(table) + " ALTER COLUMN "
                + Names.quote(column) + " " + clause);
    }
}
