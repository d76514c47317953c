package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.TargetDatabase;

import java.util.Optional;

/**
 * Decides which database {@code upgrade}, {@code rollback}, {@code status} and {@code history} work on.
 * The URL comes from the first of: the {@code url} parameter, the {@code DATABASE_URL} environment
 * variable, Spring Boot's {@code spring.datasource.url}, each in JDBC or libpq form. Each credential comes from the
 * first of: the {@code username}/{@code password} parameters, the settings.xml server named by {@code serverId}, the
 * URL's own source; a {@code url} or {@code DATABASE_URL} without credentials takes the application's datasource
 * user name and password, as an application reading its URL from that variable does. What is still missing the
 * PostgreSQL JDBC driver fills in on connecting: the OS user name, a password from {@code ~/.pgpass}.
 */
public final class TargetDatabaseResolver {

    /** The one paragraph shown when no source names a database. */
    public static final String NOT_CONFIGURED = "No target database is configured. Give one in any of these "
            + "ways: the parameter -Ddbflow.url=jdbc:postgresql://host:5432/database with -Ddbflow.username and "
            + "-Ddbflow.password; -Ddbflow.serverId=<id> with a <server> of that id in ~/.m2/settings.xml holding "
            + "the username and password; the DATABASE_URL environment variable, in JDBC form or as "
            + "postgresql://user:pass@host:port/db; or the application's own datasource: spring.datasource.url (with "
            + "spring.datasource.username and spring.datasource.password) in its Spring Boot settings, or "
            + "quarkus.datasource.jdbc.url in its application.properties.";

    static final String DATABASE_URL = "DATABASE_URL";

    private TargetDatabaseResolver() {
    }

    /**
     * Resolves the target database.
     *
     * @return the database, its {@code jdbcUrl} free of credentials, its {@code source} naming where the URL
     *         (and, when different, the credentials) came from
     * @throws ConfigurationException  when no source gives a URL, the URL is not PostgreSQL or cannot be
     *                                 decoded, {@code serverId} names no usable server, or a Spring
     *                                 properties file is malformed
     * @throws InfrastructureException when an application file cannot be read
     */
    public static TargetDatabase resolve(TargetSettings settings) {
        boolean useServer = present(settings.serverId());
        if (useServer && settings.serverUsername() == null && settings.serverPassword() == null) {
            throw new ConfigurationException("The setting 'serverId' (-Ddbflow.serverId) is '" + settings.serverId()
                    + "', but settings.xml has no <server> with that id holding a username or password. Add "
                    + "<server><id>" + settings.serverId() + "</id><username>...</username><password>...</password>"
                    + "</server> to ~/.m2/settings.xml, or remove the serverId setting.");
        }
        Found found = findUrl(settings).orElseThrow(() -> useServer
                ? new ConfigurationException("The settings.xml server '" + settings.serverId() + "' (-Ddbflow.serverId) "
                        + "gives the user name and password, but no database URL is configured. Set "
                        + "-Ddbflow.url=jdbc:postgresql://host:5432/database, the DATABASE_URL environment variable, "
                        + "or the application's own datasource (spring.datasource.url, quarkus.datasource.jdbc.url).")
                : new ConfigurationException(NOT_CONFIGURED));

        String username = first(settings.username(), useServer ? settings.serverUsername() : null, found.username());
        String password = first(settings.password(), useServer ? settings.serverPassword() : null, found.password());
        boolean serverCredentialsUsed = useServer
                && (settings.username() == null && settings.serverUsername() != null
                    || settings.password() == null && settings.serverPassword() != null);
        String source = serverCredentialsUsed
                ? found.source() + ", credentials from settings.xml server '" + settings.serverId() + "'"
                : found.source();
        return new TargetDatabase(found.url().jdbcUrl(), username, password, source);
    }

    private static Optional<Found> findUrl(TargetSettings settings) {
        if (present(settings.url())) {
            PostgresUrl parsed = PostgresUrl.parse(settings.url(), "parameter url (-Ddbflow.url)");
            return Optional.of(withApplicationCredentials(parsed, "parameter url", settings));
        }
        String databaseUrl = settings.environment().get(DATABASE_URL);
        if (present(databaseUrl)) {
            PostgresUrl parsed = PostgresUrl.parse(databaseUrl, "the environment variable " + DATABASE_URL);
            return Optional.of(withApplicationCredentials(parsed, DATABASE_URL, settings));
        }
        if (settings.application() == null) {
            return Optional.empty();
        }
        return ApplicationDatasource.read(settings.application()).map(spring -> {
            PostgresUrl parsed = PostgresUrl.parse(spring.url(), spring.source());
            return new Found(parsed, spring.source(), first(spring.username(), parsed.user()),
                    first(spring.password(), parsed.password()));
        });
    }

    /**
     * A URL without credentials takes the application's user name and password: an application whose datasource URL
     * is {@code ${DATABASE_URL}} keeps them apart, and a URL given on the command line usually names the same server.
     */
    private static Found withApplicationCredentials(PostgresUrl parsed, String source, TargetSettings settings) {
        if (parsed.user() == null && parsed.password() == null && settings.application() != null) {
            Optional<ApplicationDatasource> application = ApplicationDatasource.credentials(settings.application());
            if (application.isPresent()) {
                return new Found(parsed, source + ", credentials from " + application.get().source(),
                        application.get().username(), application.get().password());
            }
        }
        return new Found(parsed, source, parsed.user(), parsed.password());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A URL and the credentials its own source gave. */
    private record Found(PostgresUrl url, String source, String username, String password) {
    }
}
