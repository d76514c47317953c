package dev.dbflow.internal.config.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which settings to read, and the environment the application would read them in.
 *
 * @param baseDirectory the project directory, where the application's {@code file:./} and {@code file:./config/}
 *                      locations are (the application runs from it, as {@code spring-boot:run} does)
 * @param environment   the process environment the application would see
 * @param profiles      the profiles to activate (comma separated) over the application's own choice, or null
 * @param keys          the settings to read, as dotted keys ({@code spring.datasource.url})
 * @param maps          settings that hold a map, read whole ({@code spring.jpa.properties}); each entry comes back
 *                      as {@code <map>.<entry key>}
 */
public record SettingsQuery(Path baseDirectory, Map<String, String> environment, String profiles, List<String> keys,
                            List<String> maps) {

    public SettingsQuery {
        environment = Map.copyOf(environment);
        keys = List.copyOf(keys);
        maps = List.copyOf(maps);
    }
}
