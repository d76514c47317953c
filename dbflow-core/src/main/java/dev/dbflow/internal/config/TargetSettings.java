package dev.dbflow.internal.config;

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
 * @param environment    the process environment, for {@code DATABASE_URL}
 * @param application    the application's own settings, for its datasource; null when there is no project
 */
public record TargetSettings(String url, String username, String password, String serverId,
                             String serverUsername, String serverPassword, Map<String, String> environment,
                             ApplicationSettings application) {

    public TargetSettings {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    @Override
    public String toString() {
        return "TargetSettings[url " + Secrets.maskUrls(url) + ", user " + username + ", serverId " + serverId
                + ", server user " + serverUsername + "]";
    }
}
