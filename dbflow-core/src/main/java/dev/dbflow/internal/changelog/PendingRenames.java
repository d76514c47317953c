package dev.dbflow.internal.changelog;

import dev.dbflow.internal.load.DeclaredRenames;
import dev.dbflow.internal.model.QualifiedName;
import liquibase.change.Change;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code renameTable} and {@code renameColumn} changes of changesets a database has not applied yet, as
 * renames the comparison can perform first: the schemas before and after those changesets differ by a drop and an
 * add where the changesets only rename, and a safety review of that difference would call the rename a data loss.
 * A rename written as raw SQL is not read (Liquibase does not parse it either), so it still shows as a drop and an
 * add.
 */
final class PendingRenames {

    private PendingRenames() {
    }

    /**
     * Collects the renames of {@code pending}, in changelog order.
     *
     * @return table renames, and column renames with their table named as it is after every table rename
     */
    static DeclaredRenames of(List<ChangeSet> pending) {
        List<DeclaredRenames.TableRename> tables = new ArrayList<>();
        List<DeclaredRenames.ColumnRename> columns = new ArrayList<>();
        for (ChangeSet changeSet : pending) {
            for (Change change : changeSet.getChanges()) {
                if (change instanceof RenameTableChange rename) {
                    QualifiedName from = name(rename.getSchemaName(), rename.getOldTableName());
                    QualifiedName to = name(rename.getSchemaName(), rename.getNewTableName());
                    tables.add(new DeclaredRenames.TableRename(from, to.name()));
                    columns.replaceAll(column -> column.table().equals(from)
                            ? new DeclaredRenames.ColumnRename(to, column.from(), column.to()) : column);
                } else if (change instanceof RenameColumnChange rename) {
                    columns.add(new DeclaredRenames.ColumnRename(name(rename.getSchemaName(), rename.getTableName()),
                            rename.getOldColumnName(), rename.getNewColumnName()));
                }
            }
        }
        return new DeclaredRenames(tables, columns);
    }

    /** A changeset without a schema works in the connection's default one, {@code public} on a shadow database. */
    private static QualifiedName name(String schema, String table) {
        return new QualifiedName(schema == null || schema.isBlank() ? "public" : schema, table);
    }
}
