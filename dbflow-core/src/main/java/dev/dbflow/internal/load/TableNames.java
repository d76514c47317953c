package dev.dbflow.internal.load;

import dev.dbflow.internal.model.QualifiedName;
import org.hibernate.mapping.Table;

import java.util.Locale;

/** The database name of a table Hibernate maps, as PostgreSQL stores it. */
final class TableNames {

    private TableNames() {
    }

    /** Returns the schema ({@code public} when none) and name; quoted names as written, others in lower case. */
    static QualifiedName of(Table table) {
        String schema = table.getSchema() == null ? "public" : table.getSchema().toLowerCase(Locale.ROOT);
        return new QualifiedName(schema, table.isQuoted() ? table.getName() : table.getName().toLowerCase(Locale.ROOT));
    }
}
