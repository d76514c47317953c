package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.config.source.ApplicationEnvironment;
import dev.dbflow.internal.config.source.EnvironmentReader;
import dev.dbflow.internal.config.source.SettingsQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The project's own Spring Boot, asked for the application's settings in a class loader of its own that sees the
 * project's classpath (its build output first, so resources are read after Maven's filtering, as the application
 * reads them), dbflow's settings reader, and from dbflow only the JDK-typed {@code config.source} and {@code api}
 * types. Logging libraries are hidden from it, so Spring's own log falls back to java.util.logging, which the reader
 * quiets, instead of the project's logback printing at DEBUG.
 */
final class ProjectSpringBoot {

    /** Present from Spring Boot 2.4 on, in 3.x and 4.x alike: the config data loading dbflow runs. */
    private static final String CONFIG_DATA = "org/springframework/boot/context/config/ConfigDataEnvironmentPostProcessor.class";
    private static final String READER = "dev.dbflow.internal.config.boot.SpringBootEnvironmentReader";
    private static final List<String> SHARED = List.of("dev.dbflow.internal.config.source.", "dev.dbflow.api.");
    private static final Pattern SETTINGS_FILE = Pattern.compile("[^*]*\\.(properties|ya?ml)");
    private static final List<String> HIDDEN = List.of("org.slf4j.", "ch.qos.logback.", "org.apache.logging.log4j.");

    private ProjectSpringBoot() {
    }

    /** Returns true when {@code classpath} holds a Spring Boot whose config data loading dbflow can run. */
    static boolean present(List<Path> classpath) {
        try (URLClassLoader probe = new URLClassLoader(urls(classpath), null)) {
            return probe.findResource(CONFIG_DATA) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the settings with the project's Spring Boot.
     *
     * @param classpath the project's classpath, its build output ({@code target/classes}) first
     * @throws ConfigurationException when Spring Boot cannot read the application's settings
     */
    static ApplicationEnvironment read(List<Path> classpath, SettingsQuery query) {
        List<URL> urls = new ArrayList<>(List.of(urls(classpath)));
        urls.add(ProjectSpringBoot.class.getProtectionDomain().getCodeSource().getLocation());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new Isolated(urls.toArray(URL[]::new))) {
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

    private static URL[] urls(List<Path> classpath) {
        return classpath.stream().map(ProjectSpringBoot::url).toArray(URL[]::new);
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a classpath element: " + path, e);
        }
    }

    /**
     * The project's classpath over the JDK, with dbflow's shared types from dbflow and no logging backend. It
     * supplies the name of the settings file it handed out last, for errors that name none.
     */
    private static final class Isolated extends URLClassLoader implements Supplier<String> {

        private final ClassLoader dbflow = ProjectSpringBoot.class.getClassLoader();
        private volatile String lastSettingsFile;

        Isolated(URL[] urls) {
            super("dbflow-project-settings", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (SHARED.stream().anyMatch(name::startsWith)) {
                return dbflow.loadClass(name);
            }
            if (HIDDEN.stream().anyMatch(name::startsWith)) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
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
