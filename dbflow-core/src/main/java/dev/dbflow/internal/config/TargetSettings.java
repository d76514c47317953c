package dev.dbflow.internal.config;

import java.nio.file.Path;
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
 */
public record TargetSettings(String url, String username, String password, String serverId,
                             String serverUsername, String serverPassword, Map<String, String> environment,
                             Path baseDirectory) {

    public TargetSettings {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    @Override
    public String toString() {
        return "TargetSettings[url " + Secrets.maskUrls(url) + ", user " + username + ", serverId " + serverId
                + ", server user " + serverUsername + ", base " + baseDirectory + "]";
    }
}
