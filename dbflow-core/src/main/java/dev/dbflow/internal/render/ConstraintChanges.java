package dev.dbflow.internal.render;

import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.ConstraintChange.CheckChange;
import dev.dbflow.internal.operation.ConstraintChange.ForeignKeyChange;
import dev.dbflow.internal.operation.ConstraintChange.IndexChange;
import dev.dbflow.internal.operation.ConstraintChange.PrimaryKeyChange;
import dev.dbflow.internal.operation.ConstraintChange.UniqueChange;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropUniqueConstraintChange;

/** Renders adds and drops of keys, indexes and checks. */
final class ConstraintChanges {

    Change render(ConstraintChange change) {
        if (change instanceof PrimaryKeyChange c) {
            return c.add() ? addPrimaryKey(c) : dropPrimaryKey(c);
        }
        if (change instanceof ForeignKeyChange c) {
            return c.add() ? addForeignKey(c.table(), c.key()) : dropForeignKey(c);
        }
        if (change instanceof UniqueChange c) {
            return c.add() ? addUnique(c) : dropUnique(c);
        }
        if (change instanceof IndexChange c) {
            return c.add() ? createIndex(c.table(), c.index()) : dropIndex(c.table(), c.index());
        }
        CheckChange c = (CheckChange) change;
        return ChangeRenderer.Sql.change("ALTER TABLE " + Names.sql(c.table()) + (c.add()
                ? " ADD CONSTRAINT " + Names.quote(c.check().name()) + " " + c.check().definition()
                : " DROP CONSTRAINT " + Names.quote(c.check().name())));
    }

    private static Change addPrimaryKey(PrimaryKeyChange c) {
        AddPrimaryKeyChange change = new AddPrimaryKeyChange();
        change.setSchemaName(Names.schema(c.table()));
        change.setTableName(c.table().name());
        change.setColumnNames(String.join(", ", c.key().columns()));
        change.setConstraintName(c.key().name());
        return change;
    }

    private static Change dropPrimaryKey(PrimaryKeyChange c) {
        DropPrimaryKeyChange change = new DropPrimaryKeyChange();
        change.setSchemaName(Names.schema(c.table()));
        change.setTableName(c.table().name());
        change.setConstraintName(c.key().name());
        return change;
    }

    private static Change addForeignKey(QualifiedName table, ForeignKey key) {
        AddForeignKeyConstraintChange change = new AddForeignKeyConstraintChange();
        change.setBaseTableSchemaName(Names.schema(table));
        change.setBaseTableName(table.name());
        change.setBaseColumnNames(String.join(", ", key.columns()));
        change.setReferencedTableSchemaName(Names.schema(key.referencedTable()));
        change.setReferencedTableName(key.referencedTable().name());
        change.setReferencedColumnNames(String.join(", ", key.referencedColumns()));
        change.setConstraintName(key.name());
        if (key.onDelete() != ForeignKey.Action.NO_ACTION) {
            change.setOnDelete(key.onDelete().sql());
        }
        if (key.onUpdate() != ForeignKey.Action.NO_ACTION) {
            change.setOnUpdate(key.onUpdate().sql());
        }
        return change;
    }

    private static Change dropForeignKey(ForeignKeyChange c) {
        DropForeignKeyConstraintChange change = new DropForeignKeyConstraintChange();
        change.setBaseTableSchemaName(Names.schema(c.table()));
        change.setBaseTableName(c.table().name());
        change.setConstraintName(c.key().name());
        return change;
    }

    private static Change addUnique(UniqueChange c) {
        AddUniqueConstraintChange change = new AddUniqueConstraintChange();
        change.setSchemaName(Names.schema(c.table()));
        change.setTableName(c.table().name());
        change.setColumnNames(String.join(", ", c.constraint().columns()));
        change.setConstraintName(c.constraint().name());
        return change;
    }

    private static Change dropUnique(UniqueChange c) {
        DropUniqueConstraintChange change = new DropUniqueConstraintChange();
        change.setSchemaName(Names.schema(c.table()));
        change.setTableName(c.table().name());
        change.setConstraintName(c.constraint().name());
        return change;
    }

    /** A simple index is a Liquibase createIndex; any other is PostgreSQL's own definition, verbatim. */
    private static Change createIndex(QualifiedName table, Index index) {
        if (!index.simple()) {
            return ChangeRenderer.Sql.change(index.definition());
        }
        CreateIndexChange change = new CreateIndexChange();
        change.setSchemaName(Names.schema(table));
        change.setTableName(table.name());
        change.setIndexName(index.name());
        if (index.unique()) {
            change.setUnique(true);
        }
        for (String column : index.columns()) {
            AddColumnConfig config = new AddColumnConfig();
            config.setName(Names.unquote(column));
            change.addColumn(config);
        }
        return change;
    }

    private static Change dropIndex(QualifiedName table, Index index) {
        DropIndexChange change = new DropIndexChange();
        change.setSchemaName(Names.schema(table));
        change.setTableName(table.name());
        change.setIndexName(index.name());
        return change;
    }
}
