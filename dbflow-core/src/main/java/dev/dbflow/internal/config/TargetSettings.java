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

    private static final String ACTIVE = "spring.profiles.active";

    /** Returns the active profiles, as {@link #activeProfiles(String, Map, Path)} finds them. */
    public List<String> activeProfiles() {
        return activeProfiles(profiles, environment, baseDirectory);
    }

    /**
     * Returns the Spring Boot profiles in order: {@code setting} (comma separated) when given, else
     * {@code SPRING_PROFILES_ACTIVE}, else {@code spring.profiles.active} in the project's base application files
     * (as Spring Boot reads it there); empty when none is.
     *
     * @param baseDirectory the project, or null to look at the first two only
     */
    public static List<String> activeProfiles(String setting, Map<String, String> environment, Path baseDirectory) {
        String value = setting != null ? setting : environment.get("SPRING_PROFILES_ACTIVE");
        if (value == null && baseDirectory != null) {
            value = SpringProperties.read(baseDirectory.toAbsolutePath(), List.of(), List.of(ACTIVE), environment)
                    .resolve(ACTIVE, false, "-Ddbflow.profile");
        }
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "TargetSettings[url " + Secrets.maskUrls(url) + ", user " + username + ", serverId " + serverId
                + ", server user " + serverUsername + ", base " + baseDirectory + ", profiles " + profiles + "]";
    }
}
