package dev.dbflow.internal.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A project as its application's settings are read from it.
 *
 * @param baseDirectory the project directory (holds {@code src/main/resources}; the application's working directory)
 * @param classpath     the project's classpath, its build output ({@code target/classes}) first: where a Spring Boot
 *                      application finds its settings files after Maven's resource filtering
 * @param environment   the process environment the application would see
 * @param profile       the profiles to run with ({@code -Ddbflow.profile}, comma separated), or null for the
 *                      application's own choice ({@code SPRING_PROFILES_ACTIVE}, {@code spring.profiles.active})
 */
public record ApplicationProject(Path baseDirectory, List<Path> classpath, Map<String, String> environment,
                                 String profile) {

    public ApplicationProject {
        baseDirectory = baseDirectory.toAbsolutePath();
        classpath = List.copyOf(classpath);
        environment = Map.copyOf(environment);
    }
}
