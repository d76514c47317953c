package dev.dbflow.internal.generate;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

import java.nio.file.Path;
import java.sql.Connection;

/** Applies a master changelog to a shadow database with Liquibase. */
final class ShadowChangelog {

    private ShadowChangelog() {
    }

    static void apply(Path master, Connection connection) {
        try {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(master.getFileName().toString(),
                    new DirectoryResourceAccessor(master.getParent()), database);
            liquibase.update(new Contexts(), new LabelExpression());
        } catch (Exception e) {
            throw new dev.dbflow.api.ConfigurationException("The changelog " + master + " does not apply: " + e.getMessage(), e);
        }
    }
}
