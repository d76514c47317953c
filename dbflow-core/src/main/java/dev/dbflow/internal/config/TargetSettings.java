package dev.dbflow.internal.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything the target database may be configured from, as a build tool collects it.
 *
 * @param url            the {@code url} parameter ({@code -Ddbflow.url}), or null
 * @param username       the {@code username} parameter, or null
 * @param password       the {@code password} parameter, or null; never printed
 * @param serverId       the {@code serverId} parameter naming a settings.xml {@code <server>}, or null
 * @param serverUsername that server's user name, or null when it has none or the server is missing
 * @param serverPassword that server's (decrypted) password, or null; never printed
 * @param environment    the process environment, for {@code DATABASE_URL} and {@code ${VAR}} placeholders
 * @param baseDirectory  the project's base directory, holding {@code src/main/resources}; may be null
 * @param profiles       the Spring Boot profiles whose {@code application-<profile>} files apply on top of the base
 *                       files ({@code -Ddbflow.profile}, comma separated, the last wins); null for the
 *                       {@code SPRING_PROFILES_ACTIVE} environment variable
 */
public record TargetSettings(String url, String username, String password, String serverId,
                             String serverUsername, String serverPassword, Map<String, String> environment,
                             Path baseDirectory, String profiles) {

    public TargetSettings {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /** Settings without a profile setting. */
    public TargetSettings(String url, String username, String password, String serverId, String serverUsername,
                          String serverPassword, Map<String, String> environment, Path baseDirectory) {
        this(url, username, password, serverId, serverUsername, serverPassword, environment, baseDirectory, null);
    }

    /** Returns the active profiles, in order: the setting, else {@code SPRING_PROFILES_ACTIVE}; empty for none. */
    public List<String> activeProfiles() {
        return activeProfiles(profiles, environment);
    }

    /**
     * Returns the Spring Boot profiles in order: {@code setting} (comma separated) when given, else
     * {@code SPRING_PROFILES_ACTIVE}; empty when neither is.
     */
    public static List<String> activeProfiles(String setting, Map<String, String> environment) {
        String value = setting != null ? setting : environment.get("SPRING_PROFILES_ACTIVE");
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "TargetSettings[url " + Secrets.maskUrls(url) + ", user " + username + ", serverId " + serverId
                + ", server user " + serverUsername + ", base " + baseDirectory + ", profiles " + profiles + "]";
    }
}
