package dev.dbflow.internal.shadow;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.Identifiers;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates on a scratch database the extensions the changelog creates, so that the entities' DDL meets the same types
 * and functions ({@code citext}, {@code hstore}, {@code gen_random_uuid()}) as in the application's database.
 */
public final class ShadowExtensions {

    private ShadowExtensions() {
    }

    /**
     * Creates each extension of {@code names} the database does not have yet.
     *
     * @param connection a connection to the scratch database, in auto-commit mode
     * @throws ConfigurationException when the shadow server has no such extension (it cannot build the changelog
     *                                either): the message names the extension and how to use another shadow server
     */
    public static void create(Connection connection, List<String> names) {
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                try {
                    statement.execute("CREATE EXTENSION IF NOT EXISTS " + Identifiers.quote(name));
                } catch (SQLException e) {
                    throw new ConfigurationException("The changelog creates the extension " + name + ", which the "
                            + "shadow database server cannot create (" + e.getMessage().replaceAll("\\s+", " ").trim()
                            + "). Use a shadow server that has it: -Ddbflow.shadow=testcontainers with an image that "
                            + "ships it (-Ddbflow.shadowImage), or a jdbc:postgresql:// URL.", e);
                }
            }
        } catch (SQLException e) {
            throw new ConfigurationException("The shadow database refused a statement: " + e.getMessage(), e);
        }
    }
}
