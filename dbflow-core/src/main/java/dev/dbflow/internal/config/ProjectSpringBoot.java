package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.classpath.ProjectClassLoader;
import dev.dbflow.internal.config.source.ApplicationEnvironment;
import dev.dbflow.internal.config.source.EnvironmentReader;
import dev.dbflow.internal.config.source.SettingsQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The project's own Spring Boot, asked for the application's settings in a {@link ProjectClassLoader} that sees the
 * project's classpath (its build output first, so resources are read after Maven's filtering, as the application
 * reads them), dbflow's settings reader, and from dbflow only the JDK-typed {@code config.source} and {@code api}
 * types; the project's logback cannot print Spring's log at DEBUG there.
 */
final class ProjectSpringBoot {

    /** Present from Spring Boot 2.4 on, in 3.x and 4.x alike: the config data loading dbflow runs. */
    private static final String CONFIG_DATA = "org/springframework/boot/context/config/ConfigDataEnvironmentPostProcessor.class";
    private static final String READER = "dev.dbflow.internal.config.boot.SpringBootEnvironmentReader";
    private static final List<String> SHARED = List.of("dev.dbflow.internal.config.source.", "dev.dbflow.api.");
    private static final Pattern SETTINGS_FILE = Pattern.compile("[^*]*\\.(properties|ya?ml)");

    private ProjectSpringBoot() {
    }

    /** Returns true when {@code classpath} holds a Spring Boot whose config data loading dbflow can run. */
    static boolean present(List<Path> classpath) {
        return ProjectClassLoader.holds(classpath, CONFIG_DATA);
    }

    /**
     * Reads the settings with the project's Spring Boot.
     *
     * @param classpath the project's classpath, its build output ({@code target/classes}) first
     * @throws ConfigurationException when Spring Boot cannot read the application's settings
     */
    static ApplicationEnvironment read(List<Path> classpath, SettingsQuery query) {
        List<Path> elements = new ArrayList<>(classpath);
        elements.add(ProjectClassLoader.codeLocation(ProjectSpringBoot.class));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new Isolated(elements)) {
            thread.setContextClassLoader(loader);
            EnvironmentReader reader = (EnvironmentReader) Class.forName(READER, true, loader)
                    .getDeclaredConstructor().newInstance();
            return reader.read(query);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("dbflow's Spring Boot settings reader is part of dbflow-core", e);
        } catch (LinkageError e) {
            throw new ConfigurationException("The project's Spring Boot cannot run dbflow's settings reader (" + e
                    + "). dbflow reads settings with Spring Boot 3.x and 4.x; with another, give the changelog, "
                    + "database and contexts as dbflow parameters.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The project's classpath; it supplies the name of the settings file it handed out last, for errors that name none. */
    private static final class Isolated extends ProjectClassLoader implements Supplier<String> {

        private volatile String lastSettingsFile;

        Isolated(List<Path> classpath) {
            super("dbflow-project-settings", classpath, ProjectSpringBoot.class.getClassLoader(), SHARED);
        }

        @Override
        public URL getResource(String name) {
            URL resource = super.getResource(name);
            if (resource != null && SETTINGS_FILE.matcher(name).matches()) {
                lastSettingsFile = name;
            }
            return resource;
        }

        @Override
        public String get() {
            return lastSettingsFile;
        }
    }
}
