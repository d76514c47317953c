package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The database the application itself connects to: Spring Boot's {@code spring.datasource.url/username/password},
 * else Quarkus's {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username/password}.
 *
 * @param url      the URL with placeholders resolved
 * @param username the user name, or null
 * @param password the password, or null; never printed
 * @param source   which key of which file the URL came from, for messages
 */
record ApplicationDatasource(String url, String username, String password, String source) {

    private static final String OTHER = "the target database with -Ddbflow.url";

    /** The keys of one framework's datasource. */
    private record Keys(String url, String username, String password) {
    }

    private static final List<Keys> FRAMEWORKS = List.of(
            new Keys(SettingKeys.SPRING_URL, SettingKeys.SPRING_USERNAME, SettingKeys.SPRING_PASSWORD),
            new Keys(SettingKeys.QUARKUS_URL, SettingKeys.QUARKUS_USERNAME, SettingKeys.QUARKUS_PASSWORD));

    /** The names databases other than PostgreSQL go by, by their JDBC subprotocol. */
    private static final Map<String, String> OTHER_DATABASES = Map.ofEntries(Map.entry("mysql", "MySQL"),
            Map.entry("mariadb", "MariaDB"), Map.entry("h2", "H2"), Map.entry("hsqldb", "HSQLDB"),
            Map.entry("oracle", "Oracle"), Map.entry("sqlserver", "SQL Server"), Map.entry("derby", "Derby"),
            Map.entry("sqlite", "SQLite"), Map.entry("db2", "Db2"), Map.entry("tc", "a Testcontainers database"));

    /**
     * Reads the application's datasource.
     *
     * @return the settings, empty when the application sets no datasource URL or an empty one
     * @throws ConfigurationException when a placeholder cannot be resolved, or the URL is not PostgreSQL's (named
     *                                with its database, so that the user knows which setting dbflow cannot use)
     */
    static Optional<ApplicationDatasource> read(ApplicationSettings settings) {
        for (Keys keys : FRAMEWORKS) {
            String url = settings.value(keys.url(), false, OTHER);
            if (url != null) {
                String source = keys.url() + " in " + settings.place(keys.url());
                refuseOtherDatabases(url, keys.url(), settings.place(keys.url()));
                return Optional.of(new ApplicationDatasource(url, settings.value(keys.username(), false, OTHER),
                        settings.value(keys.password(), true, OTHER), source));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads only the user name and password, for a URL that comes from elsewhere.
     *
     * @return the user name and password (either may be null), empty when neither is set
     * @throws ConfigurationException when a placeholder cannot be resolved
     */
    static Optional<ApplicationDatasource> credentials(ApplicationSettings settings) {
        for (Keys keys : FRAMEWORKS) {
            String username = settings.value(keys.username(), false, OTHER);
            String password = settings.value(keys.password(), true, OTHER);
            if (username != null || password != null) {
                return Optional.of(new ApplicationDatasource(null, username, password,
                        keys.username() + "/password"));
            }
        }
        return Optional.empty();
    }

    private static void refuseOtherDatabases(String url, String key, String place) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:") || lower.startsWith("jdbc:postgresql:")) {
            return;
        }
        String protocol = lower.substring(5, Math.max(5, lower.indexOf(':', 5)));
        throw new ConfigurationException("dbflow works with PostgreSQL; this application's " + key + " (in " + place
                + ") is " + OTHER_DATABASES.getOrDefault(protocol, "'" + protocol + "'") + ": "
                + Secrets.maskUrls(url) + ". Give dbflow a PostgreSQL database with "
                + "-Ddbflow.url=jdbc:postgresql://host:5432/database or DATABASE_URL, or run it with a profile whose "
                + "datasource is PostgreSQL (-Ddbflow.profile).");
    }

    @Override
    public String toString() {
        return "ApplicationDatasource[" + Secrets.maskUrls(url) + ", user " + username + ", from " + source + "]";
    }
}
