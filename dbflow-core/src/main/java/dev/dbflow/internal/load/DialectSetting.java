package dev.dbflow.internal.load;

import dev.dbflow.api.ConfigurationException;

import java.util.Locale;
import java.util.Map;

/**
 * The application's {@code hibernate.dialect}, when it names one: dbflow builds and compares PostgreSQL schemas, so
 * a dialect for another database (MySQL, Cockroach) would only fail later with a misleading PostgreSQL error.
 */
public final class DialectSetting {

    private static final String KEY = "hibernate.dialect";

    private DialectSetting() {
    }

    /**
     * Checks the setting.
     *
     * @throws ConfigurationException when it names a dialect that is not PostgreSQL's (or PostGIS's, which extends it)
     */
    public static void check(Map<String, String> settings) {
        String dialect = settings.get(KEY);
        if (dialect == null) {
            return;
        }
        String simpleName = dialect.substring(dialect.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!simpleName.startsWith("postgres") && !simpleName.startsWith("postgis")) {
            throw new ConfigurationException("The application's Hibernate setting " + KEY + " (spring.jpa.database-"
                    + "platform or spring.jpa.properties.hibernate.dialect) is '" + dialect + "', not a PostgreSQL "
                    + "dialect: dbflow maps the entities for PostgreSQL. Remove the setting, or name "
                    + "org.hibernate.dialect.PostgreSQLDialect.");
        }
    }
}
