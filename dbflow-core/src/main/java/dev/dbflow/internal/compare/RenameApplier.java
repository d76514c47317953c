package dev.dbflow.internal.compare;

import static dev.dbflow.internal.model.Identifiers.quote;

import dev.dbflow.internal.load.DeclaredRenames;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.operation.RenameChange;
import dev.dbflow.internal.snapshot.PgCatalogReader;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Performs renames on the scratch database a comparison starts from (the changelog's before the entities' renames,
 * or the target's state before its pending changesets' renames), so that PostgreSQL itself carries every dependent
 * object (keys, indexes, checks, foreign keys elsewhere) over to the new names and the comparison that follows sees
 * only what else changed. A rename whose old name is gone (it is already in the changelog) or whose new name is
 * taken is not a rename any more and is skipped.
 */
public final class RenameApplier {

    /**
     * Applies the renames that still apply.
     *
     * @return the rename operations performed: table renames first, then column renames
     * @throws SQLException when PostgreSQL refuses a rename
     */
    public List<RenameChange> apply(Connection changelog, DeclaredRenames renames) throws SQLException {
        if (renames.tables().isEmpty() && renames.columns().isEmpty()) {
            return List.of();
        }
        PgCatalogReader reader = new PgCatalogReader();
        List<RenameChange> done = new ArrayList<>();
        try (Statement statement = changelog.createStatement()) {
            Schema schema = reader.read(changelog);
            for (DeclaredRenames.TableRename rename : renames.tables()) {
                var tables = schema.tablesByName();
                if (tables.containsKey(rename.from())
                        && !tables.containsKey(new QualifiedName(rename.from().schema(), rename.to()))) {
                    statement.execute("ALTER TABLE " + quote(rename.from()) + " RENAME TO " + quote(rename.to()));
                    done.add(new RenameChange.RenameTable(rename.from(), rename.to()));
                    schema = reader.read(changelog);
                }
            }
            for (DeclaredRenames.ColumnRename rename : renames.columns()) {
                Table table = schema.tablesByName().get(rename.table());
                if (table != null && table.column(rename.from()).isPresent() && table.column(rename.to()).isEmpty()) {
                    statement.execute("ALTER TABLE " + quote(rename.table()) + " RENAME COLUMN "
                            + quote(rename.from()) + " TO " + quote(rename.to()));
                    done.add(new RenameChange.RenameColumn(rename.table(), rename.from(), rename.to()));
                    schema = reader.read(changelog);
                }
            }
        }
        return done;
    }

}
