package dev.dbflow.internal.generate;

import java.sql.Connection;
import java.sql.SQLException;

/** The PostgreSQL server version as {@code major.minor}, which Hibernate's dialect is configured for. */
final class ServerVersion {

    private ServerVersion() {
    }

    static String of(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        return meta.getDatabaseMajorVersion() + "." + meta.getDatabaseMinorVersion();
    }
}
