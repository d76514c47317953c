package dev.dbflow.internal.render;

import dev.dbflow.internal.classify.Finding;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.SchemaChange;
import liquibase.change.Change;
import liquibase.change.core.EmptyChange;
import liquibase.changelog.ChangeSet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL's non-blocking forms of the operations that lock a filled table ({@code onlineDdl=true}):
 * a foreign key or check ({@code LK002}) is added {@code NOT VALID} in the main changeset and validated in a
 * second one, which takes only a share-update-exclusive lock; {@code SET NOT NULL} ({@code LK004}) goes the
 * same way through a {@code CHECK (c IS NOT NULL) NOT VALID}, after whose validation PostgreSQL sets NOT NULL
 * without scanning the table; an index ({@code LK001}) is built
 * {@code CONCURRENTLY} in a changeset of its own that runs outside a transaction, as PostgreSQL requires.
 */
final class OnlineDdl {


    /** The constraint added without checking existing rows. */
    static Change addNotValid(ConstraintChange change) {
        String table = Names.sql(change.table());
        String name = Names.quote(change.objectName());
        if (change instanceof ConstraintChange.CheckChange check) {
            return ChangeRenderer.Sql.change("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " "
                    + check.check().definition() + " NOT VALID");
        }
        ForeignKey key = ((ConstraintChange.ForeignKeyChange) change).key();
        return ChangeRenderer.Sql.change("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY ("
                + columns(key.columns()) + ") REFERENCES " + Names.sql(key.referencedTable()) + " ("
                + columns(key.referencedColumns()) + ")"
                + (key.onUpdate() == ForeignKey.Action.NO_ACTION ? "" : " ON UPDATE " + key.onUpdate().sql())
                + (key.onDelete() == ForeignKey.Action.NO_ACTION ? "" : " ON DELETE " + key.onDelete().sql())
                + " NOT VALID");
    }

    /**
     * The changeset that validates the NOT VALID constraints and finishes each NOT NULL through its validated
     * check (PostgreSQL then sets NOT NULL without scanning); its rollback returns to the state after the
     * main changeset.
     */
    static ChangeSet validate(String main, String author, String filePath, List<ConstraintChange> constraints,
                              List<ColumnChange.AlterColumn> notNulls) {
        String id = main + "-validate";
        ChangeSet changeSet = new ChangeSet(id, author, false, false, filePath, null, null, null);
        changeSet.setComments("Validates what the previous changeset added NOT VALID.\n" + LineageMarks.PART_OF + main);
        for (ConstraintChange constraint : constraints) {
            changeSet.addChange(ChangeRenderer.Sql.change("ALTER TABLE " + Names.sql(constraint.table())
                    + " VALIDATE CONSTRAINT " + Names.quote(constraint.objectName())));
        }
        for (ColumnChange.AlterColumn column : notNulls) {
            String table = "ALTER TABLE " + Names.sql(column.table());
            String check = Names.quote(notNullCheck(column));
            changeSet.addChange(ChangeRenderer.Sql.change(table + " VALIDATE CONSTRAINT " + check));
            changeSet.addChange(ChangeRenderer.Sql.change(table + " ALTER COLUMN " + Names.quote(column.column())
                    + " SET NOT NULL"));
            changeSet.addChange(ChangeRenderer.Sql.change(table + " DROP CONSTRAINT " + check));
        }
        for (int i = notNulls.size() - 1; i >= 0; i--) {
            changeSet.addRollbackChange(addNotNullCheck(notNulls.get(i)));
            changeSet.addRollbackChange(ChangeRenderer.Sql.change("ALTER TABLE " + Names.sql(notNulls.get(i).table())
                    + " ALTER COLUMN " + Names.quote(notNulls.get(i).column()) + " DROP NOT NULL"));
        }
        if (notNulls.isEmpty()) {
            changeSet.addRollbackChange(new EmptyChange());
        }
        return changeSet;
    }

    /** The alteration without its SET NOT NULL, which the validate changeset does without a scan. */
    static ColumnChange.AlterColumn withoutNotNull(ColumnChange.AlterColumn alter) {
        Column to = alter.to();
        return new ColumnChange.AlterColumn(alter.table(), alter.from(),
                new Column(to.name(), to.type(), true, to.defaultValue(), to.identity(), to.comment(),
                        to.collation(), to.identityOptions()));
    }

    /** {@code CHECK (column IS NOT NULL) NOT VALID}: blocks new NULLs at once, existing rows are checked later. */
    static Change addNotNullCheck(ColumnChange.AlterColumn alter) {
        return ChangeRenderer.Sql.change("ALTER TABLE " + Names.sql(alter.table()) + " ADD CONSTRAINT "
                + Names.quote(notNullCheck(alter)) + " CHECK (" + Names.quote(alter.column()) + " IS NOT NULL) NOT VALID");
    }

    /** Drops the temporary check if it is still there. */
    static Change dropNotNullCheck(ColumnChange.AlterColumn alter) {
        return ChangeRenderer.Sql.change("ALTER TABLE " + Names.sql(alter.table()) + " DROP CONSTRAINT IF EXISTS "
                + Names.quote(notNullCheck(alter)));
    }

    private static String notNullCheck(ColumnChange.AlterColumn alter) {
        String name = alter.table().name() + "_" + alter.column() + "_not_null";
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    /** Returns the NOT NULL alterations marked {@code LK004}: finished through a validated check. */
    static List<ColumnChange.AlterColumn> notNulls(List<SchemaChange> operations, List<List<Finding>> findings) {
        List<ColumnChange.AlterColumn> result = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i) instanceof ColumnChange.AlterColumn c && has(findings.get(i), "LK004")) {
                result.add(c);
            }
        }
        return result;
    }

    /** One index built CONCURRENTLY, outside a transaction, and dropped the same way by its rollback. */
    static ChangeSet concurrentIndex(String main, String author, String filePath, ConstraintChange.IndexChange index) {
        String id = main + "-index-" + index.objectName();
        ChangeSet changeSet = new ChangeSet(id, author, false, false, filePath, null, null, false, null);
        changeSet.setComments("Builds " + index.objectName() + " without blocking writes; CREATE INDEX CONCURRENTLY "
                + "cannot run in a transaction.\n" + LineageMarks.PART_OF + main);
        changeSet.addChange(ChangeRenderer.Sql.change(index.index().definition()
                .replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY ")));
        changeSet.addRollbackChange(ChangeRenderer.Sql.change("DROP INDEX CONCURRENTLY "
                + Names.quote(index.table().schema()) + "." + Names.quote(index.objectName())));
        return changeSet;
    }

    private static String columns(List<String> columns) {
        return columns.stream().map(Names::quote).collect(Collectors.joining(", "));
    }

    private OnlineDdl() {
    }

    /** Returns the constraint additions marked {@code LK002}: added NOT VALID, validated in a later changeset. */
    static List<ConstraintChange> constraints(List<SchemaChange> operations, List<List<Finding>> findings) {
        List<ConstraintChange> result = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i) instanceof ConstraintChange c && c.add() && has(findings.get(i), "LK002")) {
                result.add(c);
            }
        }
        return result;
    }

    /** Returns the index creations marked {@code LK001}: built CONCURRENTLY in changesets of their own. */
    static List<ConstraintChange.IndexChange> indexes(List<SchemaChange> operations, List<List<Finding>> findings) {
        List<ConstraintChange.IndexChange> result = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i) instanceof ConstraintChange.IndexChange c && c.add() && has(findings.get(i), "LK001")) {
                result.add(c);
            }
        }
        return result;
    }

    private static boolean has(List<Finding> findings, String id) {
        return findings.stream().anyMatch(f -> f.id().equals(id));
    }
}
