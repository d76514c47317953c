package dev.dbflow.internal.render;

import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.operation.ColumnChange;
import liquibase.change.Change;

import java.util.List;

/**
 * Renders the conversion of a serial column into an identity column and back. The values handed out go on from the
 * other form's sequence ({@code pg_sequence_last_value}, NULL while it never handed one out), not from the rows'
 * largest value: ids of deleted rows are not handed out again.
 */
final class SerialConversions {

    private SerialConversions() {
    }

    static List<Change> render(ColumnChange.ConvertSerial change) {
        QualifiedName table = change.table();
        String column = change.identity().name();
        String sequence = literal(Names.sql(change.sequence().name())) + "::regclass";
        String identity = "pg_get_serial_sequence(" + literal(Names.sql(table)) + ", " + literal(column)
                + ")::regclass";
        if (change.toIdentity()) {
            return List.of(ColumnAlterations.dropDefault(table, column),
                    ChangeRenderer.Sql.change("ALTER SEQUENCE " + Names.sql(change.sequence().name())
                            + " OWNED BY NONE"),
                    ColumnAlterations.addIdentity(table, change.identity()),
                    continueFrom(sequence, identity),
                    ChangeRenderer.Sql.change("DROP SEQUENCE " + Names.sql(change.sequence().name())));
        }
        return List.of(ChangeRenderer.createSequence(change.sequence()),
                continueFrom(identity, sequence),
                ColumnAlterations.identity(table, column, "DROP IDENTITY"),
                ColumnAlterations.addDefault(table, change.serial(),
                        TypeNames.liquibase(change.serial().type(), table.display() + "." + column)),
                ChangeRenderer.Sql.change("ALTER SEQUENCE " + Names.sql(change.sequence().name()) + " OWNED BY "
                        + Names.sql(table) + "." + Names.quote(column)));
    }

    /** Sets the sequence {@code to} where the sequence {@code from} stands (both regclass expressions), if it moved. */
    private static Change continueFrom(String from, String to) {
        return ChangeRenderer.Sql.change("SELECT setval(" + to + ", last_value) FROM (SELECT pg_sequence_last_value("
                + from + ") AS last_value) s WHERE last_value IS NOT NULL");
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
