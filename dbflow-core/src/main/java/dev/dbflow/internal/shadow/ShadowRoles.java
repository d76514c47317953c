package dev.dbflow.internal.shadow;

import dev.dbflow.internal.model.Identifiers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * Creates on the shadow server the roles that policies name. Roles belong to a PostgreSQL server, not to a
 * database or a changelog (teams create them outside migrations), yet {@code CREATE POLICY … TO role} fails without
 * them; on the shadow server they exist only so that policies can be created, as {@code NOLOGIN} roles without privileges.
 */
public final class ShadowRoles {

    /** PostgreSQL's SQLSTATE for an object that already exists: another run created the role first. */
    private static final String DUPLICATE_OBJECT = "42710";

    private ShadowRoles() {
    }

    /**
     * Creates every role of {@code roles} the server does not have.
     *
     * @param connection a connection to any database of the shadow server, in auto-commit mode
     * @throws SQLException when the server refuses to create a role (a shadow server reached with a JDBC URL as a
     *                      user without {@code CREATEROLE})
     */
    public static void ensure(Connection connection, Collection<String> roles) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?");
             Statement create = connection.createStatement()) {
            for (String role : roles) {
                exists.setString(1, role);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                try {
                    create.execute("CREATE ROLE " + Identifiers.quote(role) + " NOLOGIN");
                } catch (SQLException e) {
                    if (!DUPLICATE_OBJECT.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
    }
}
