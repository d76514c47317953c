package dev.dbflow.internal.render;

import dev.dbflow.internal.model.CastRoute;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Sequence;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.model.View;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.CompositeTypeChange;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.NamespaceChange;
import dev.dbflow.internal.operation.PolicyChange;
import dev.dbflow.internal.operation.RenameChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.operation.EnumTypeChange;
import dev.dbflow.internal.operation.SequenceChange;
import dev.dbflow.internal.operation.TableChange;
import dev.dbflow.internal.operation.ViewChange;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropViewChange;
import liquibase.change.core.RawSQLChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.change.core.SetTableRemarksChange;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders each operation as the Liquibase changes that perform it. Where Liquibase has a change type that
 * says the operation exactly it is used; the rest (check constraints, non-simple indexes, sequence
 * alterations, identity, collations, enum and composite types, row-level security) become {@code sql} changes with PostgreSQL's
 * own text.
 */
public final class ChangeRenderer {

    private final ColumnAlterations columnAlterations;
    private final ConstraintChanges constraintChanges = new ConstraintChanges();
    private final EnumTypeChanges enumTypeChanges = new EnumTypeChanges();
    private final CompositeTypeChanges compositeTypeChanges = new CompositeTypeChanges();
    private final PolicyChanges policyChanges = new PolicyChanges();

    /** Creates a renderer that takes every type change's cast as direct ({@link CastRoute#DIRECT}). */
    public ChangeRenderer() {
        this(CastRoute.DIRECT);
    }

    /** Creates a renderer that converts a retyped column's values by {@code casts}. */
    public ChangeRenderer(CastRoute casts) {
        this.columnAlterations = new ColumnAlterations(casts);
    }

    /** Returns the Liquibase changes for one operation, in the order they must run. */
    public List<Change> render(SchemaChange change) {
        if (change instanceof RenameChange.RenameTable c) {
            RenameTableChange rename = new RenameTableChange();
            rename.setSchemaName(Names.schema(c.from()));
            rename.setOldTableName(c.from().name());
            rename.setNewTableName(c.to());
            return List.of(rename);
        }
        if (change instanceof RenameChange.RenameColumn c) {
            RenameColumnChange rename = new RenameColumnChange();
            rename.setSchemaName(Names.schema(c.table()));
            rename.setTableName(c.table().name());
            rename.setOldColumnName(c.from());
            rename.setNewColumnName(c.to());
            return List.of(rename);
        }
        if (change instanceof RenameChange.RenameConstraint c) {
            return List.of(Sql.change(c.kind() == ConstraintChange.Kind.INDEX
                    ? "ALTER INDEX " + Names.quote(c.table().schema()) + "." + Names.quote(c.from()) + " RENAME TO "
                    + Names.quote(c.to())
                    : "ALTER TABLE " + Names.sql(c.table()) + " RENAME CONSTRAINT " + Names.quote(c.from()) + " TO "
                    + Names.quote(c.to())));
        }
        if (change instanceof NamespaceChange.CreateNamespace c) {
            return List.of(Sql.change("CREATE SCHEMA " + Names.quote(c.namespace())));
        }
        if (change instanceof NamespaceChange.DropNamespace c) {
            return List.of(Sql.change("DROP SCHEMA " + Names.quote(c.namespace())));
        }
        if (change instanceof TableChange.CreateTable c) {
            List<Change> changes = new ArrayList<>(List.of(createTable(c.definition())));
            c.definition().columns().stream().filter(column -> column.collation() != null)
                    .forEach(column -> changes.add(ColumnAlterations.collate(c.table(), column)));
            return changes;
        }
        if (change instanceof TableChange.DropTable c) {
            return List.of(dropTable(c.table()));
        }
        if (change instanceof TableChange.SetRowSecurity c) {
            return policyChanges.render(c);
        }
        if (change instanceof PolicyChange c) {
            return policyChanges.render(c);
        }
        if (change instanceof TableChange.SetTableComment c) {
            return List.of(tableRemarks(c.table(), c.to()));
        }
        if (change instanceof ColumnChange.AddColumn c) {
            return c.definition().collation() == null ? List.of(addColumn(c.table(), c.definition()))
                    : List.of(addColumn(c.table(), c.definition()), ColumnAlterations.collate(c.table(), c.definition()));
        }
        if (change instanceof ColumnChange.DropColumn c) {
            return List.of(dropColumn(c.table(), c.definition()));
        }
        if (change instanceof ColumnChange.AlterColumn c) {
            return columnAlterations.render(c);
        }
        if (change instanceof ColumnChange.ConvertSerial c) {
            return SerialConversions.render(c);
        }
        if (change instanceof ColumnChange.Backfill c) {
            return c.forward() ? List.of(Sql.change("UPDATE " + Names.sql(c.table()) + " SET " + Names.quote(c.column())
                    + " = " + c.value() + " WHERE " + Names.quote(c.column()) + " IS NULL")) : List.of();
        }
        if (change instanceof ConstraintChange c) {
            return List.of(constraintChanges.render(c));
        }
        if (change instanceof EnumTypeChange c) {
            return enumTypeChanges.render(c);
        }
        if (change instanceof CompositeTypeChange c) {
            return compositeTypeChanges.render(c);
        }
        if (change instanceof ViewChange.CreateView c) {
            return List.of(createView(c.view()));
        }
        if (change instanceof ViewChange.DropView c) {
            return List.of(dropView(c.view()));
        }
        if (change instanceof SequenceChange.CreateSequence c) {
            return List.of(createSequence(c.sequence()));
        }
        if (change instanceof SequenceChange.DropSequence c) {
            return List.of(dropSequence(c.sequence()));
        }
        return List.of(alterSequence(((SequenceChange.AlterSequence) change).sequence()));
    }

    private static Change createTable(Table table) {
        CreateTableChange change = new CreateTableChange();
        change.setSchemaName(Names.schema(table.name()));
        change.setTableName(table.name().name());
        change.setRemarks(table.comment());
        for (Column column : table.columns()) {
            change.addColumn(ColumnConfigs.fill(new ColumnConfig(), table.name(), column, table.primaryKey()));
        }
        return change;
    }

    private static Change dropTable(QualifiedName table) {
        DropTableChange change = new DropTableChange();
        change.setSchemaName(Names.schema(table));
        change.setTableName(table.name());
        return change;
    }

    private static Change tableRemarks(QualifiedName table, String remarks) {
        SetTableRemarksChange change = new SetTableRemarksChange();
        change.setSchemaName(Names.schema(table));
        change.setTableName(table.name());
        change.setRemarks(remarks == null ? "" : remarks);
        return change;
    }

    private static Change addColumn(QualifiedName table, Column column) {
        AddColumnChange change = new AddColumnChange();
        change.setSchemaName(Names.schema(table));
        change.setTableName(table.name());
        change.addColumn(ColumnConfigs.forAddColumn(table, column));
        return change;
    }

    private static Change dropColumn(QualifiedName table, Column column) {
        DropColumnChange change = new DropColumnChange();
        change.setSchemaName(Names.schema(table));
        change.setTableName(table.name());
        change.setColumnName(column.name());
        return change;
    }

    /** Liquibase has no change for a materialized view, which only a changeset that compares two databases meets. */
    private static Change createView(View view) {
        if (view.materialized()) {
            return Sql.change("CREATE MATERIALIZED VIEW " + Names.sql(view.name()) + " AS " + view.definition());
        }
        CreateViewChange change = new CreateViewChange();
        change.setSchemaName(Names.schema(view.name()));
        change.setViewName(view.name().name());
        change.setSelectQuery(view.definition());
        return change;
    }

    private static Change dropView(View view) {
        if (view.materialized()) {
            return Sql.change("DROP MATERIALIZED VIEW " + Names.sql(view.name()));
        }
        DropViewChange change = new DropViewChange();
        change.setSchemaName(Names.schema(view.name()));
        change.setViewName(view.name().name());
        return change;
    }

    static Change createSequence(Sequence sequence) {
        CreateSequenceChange change = new CreateSequenceChange();
        change.setSchemaName(Names.schema(sequence.name()));
        change.setSequenceName(sequence.name().name());
        change.setDataType(sequence.dataType());
        change.setStartValue(BigInteger.valueOf(sequence.start()));
        change.setIncrementBy(BigInteger.valueOf(sequence.increment()));
        change.setMinValue(BigInteger.valueOf(sequence.minValue()));
        change.setMaxValue(BigInteger.valueOf(sequence.maxValue()));
        change.setCacheSize(BigInteger.valueOf(sequence.cache()));
        change.setCycle(sequence.cycle());
        return change;
    }

    /**
     * {@code IF EXISTS}: a sequence a serial column owns goes with its table, and the table's drop runs first
     * ({@link dev.dbflow.internal.operation.Phase}); Liquibase's dropSequence has no such option.
     */
    private static Change dropSequence(Sequence sequence) {
        return Sql.change("DROP SEQUENCE IF EXISTS " + Names.sql(sequence.name()));
    }

    private static Change alterSequence(Sequence to) {
        return Sql.change("ALTER SEQUENCE " + Names.sql(to.name()) + " AS " + to.dataType()
                + " INCREMENT BY " + to.increment() + " MINVALUE " + to.minValue() + " MAXVALUE " + to.maxValue()
                + " START WITH " + to.start() + " CACHE " + to.cache() + (to.cycle() ? " CYCLE" : " NO CYCLE"));
    }

    /** Builds {@code sql} changes. */
    static final class Sql {
        private Sql() {
        }

        static RawSQLChange change(String sql) {
            RawSQLChange change = new RawSQLChange(sql);
            change.setSplitStatements(false);
            return change;
        }
    }
}
