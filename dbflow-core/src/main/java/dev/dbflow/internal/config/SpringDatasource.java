package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spring Boot's {@code spring.datasource.url/username/password}, read as {@link SpringProperties} reads settings.
 *
 * @param url      the URL with placeholders resolved
 * @param username the user name, or null
 * @param password the password, or null; never printed
 * @param source   which key of which file the URL came from, for messages
 */
record SpringDatasource(String url, String username, String password, String source) {

    private static final String URL = "spring.datasource.url";
    private static final String USERNAME = "spring.datasource.username";
    private static final String PASSWORD = "spring.datasource.password";
    private static final String OTHER = "the target database with -Ddbflow.url";

    /**
     * Reads the datasource settings of the project in {@code baseDirectory}.
     *
     * @param profiles the active profiles, in order (the last wins)
     * @return the settings, empty when no file sets {@code spring.datasource.url} or it is empty
     * @throws ConfigurationException  when a file is malformed or a placeholder names an unset variable
     *                                 without a default
     * @throws InfrastructureException when a file exists but cannot be read
     */
    static Optional<SpringDatasource> read(Path baseDirectory, Map<String, String> environment, List<String> profiles) {
        SpringProperties properties = SpringProperties.read(baseDirectory, profiles, List.of(URL, USERNAME, PASSWORD),
                environment);
        String url = properties.resolve(URL, false, OTHER);
        if (url == null) {
            // An empty spring.datasource.url (e.g. left for an environment to fill) names no database.
            return Optional.empty();
        }
        return Optional.of(new SpringDatasource(url, properties.resolve(USERNAME, false, OTHER),
                properties.resolve(PASSWORD, true, OTHER), URL + " in " + properties.place(URL)));
    }

    /**
     * Reads only {@code spring.datasource.username/password}, for a URL that comes from elsewhere.
     *
     * @return the user name and password (either may be null), empty when neither is set
     * @throws ConfigurationException  when a file is malformed or a placeholder cannot be resolved
     * @throws InfrastructureException when a file exists but cannot be read
     */
    static Optional<SpringDatasource> credentials(Path baseDirectory, Map<String, String> environment,
                                                  List<String> profiles) {
        SpringProperties properties = SpringProperties.read(baseDirectory, profiles, List.of(USERNAME, PASSWORD),
                environment);
        String username = properties.resolve(USERNAME, false, OTHER);
        String password = properties.resolve(PASSWORD, true, OTHER);
        return username == null && password == null ? Optional.empty()
                : Optional.of(new SpringDatasource(null, username, password, USERNAME + "/password"));
    }

    @Override
    public String toString() {
        return "SpringDatasource[" + Secrets.maskUrls(url) + ", user " + username + ", from " + source + "]";
    }
}
