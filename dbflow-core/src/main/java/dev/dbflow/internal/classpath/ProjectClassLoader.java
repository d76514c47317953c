package dev.dbflow.internal.classpath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

/**
 * A class loader for the project's own libraries as the application loads them (the project's classes and
 * classpath, plus what dbflow adds: its reader for that library, and its own Hibernate when the project has none),
 * for the mapping (the project's Hibernate) and the settings (the project's Spring Boot). Above it are only the JDK
 * and the few dbflow types both sides share (a reader's JDK-typed interface and values, dbflow's exceptions, the
 * annotations entities carry), so nothing else of dbflow's, of Maven's realm or of a test run leaks in.
 * <p>
 * The logging backends on the project's classpath are hidden: dbflow's use of a library is not the application's
 * run, and the application's logback or JBoss LogManager configuration would print the libraries' INFO (or, with no
 * configuration, DEBUG) lines into the build's log. jboss-logging then falls back to java.util.logging, which dbflow
 * routes to its debug log; SLF4J 2 is given its no-operation provider, so a library logging through it (Spring's
 * commons-logging bridge among them) prints nothing, and SLF4J no warning about a missing provider.
 */
public class ProjectClassLoader extends URLClassLoader {

    /** Logback, SLF4J 1.x bindings (which all live in org.slf4j.impl) and JBoss LogManager. */
    private static final List<String> HIDDEN = List.of("ch.qos.logback.", "org.slf4j.impl.", "org.jboss.logmanager.");
    private static final String SLF4J_PROVIDERS = "META-INF/services/org.slf4j.spi.SLF4JServiceProvider";
    private static final String SLF4J_NOP = "dev/dbflow/internal/classpath/slf4j-nop-provider.txt";

    private final ClassLoader dbflow;
    private final List<String> shared;

    /**
     * @param name      the loader's name, seen in stack traces
     * @param classpath the project's classpath and what dbflow adds, in lookup order
     * @param dbflow    dbflow's own class loader, which defines the shared types
     * @param shared    the package prefixes (with a trailing dot) loaded from dbflow's loader
     */
    public ProjectClassLoader(String name, List<Path> classpath, ClassLoader dbflow, List<String> shared) {
        super(name, classpath.stream().map(ProjectClassLoader::url).toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        this.dbflow = dbflow;
        this.shared = List.copyOf(shared);
    }

    /** Returns where {@code type}'s class file was loaded from: dbflow-core's jar, or its classes directory. */
    public static Path codeLocation(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(type.getName() + " is loaded from a file", e);
        }
    }

    /** Returns true when one of the {@code classpath} entries holds {@code resource}, e.g. a class file's path. */
    public static boolean holds(List<Path> classpath, String resource) {
        try (URLClassLoader probe = new URLClassLoader(classpath.stream().map(ProjectClassLoader::url)
                .toArray(URL[]::new), null)) {
            return probe.findResource(resource) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a classpath element: " + path, e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (shared.stream().anyMatch(name::startsWith)) {
            return dbflow.loadClass(name);
        }
        if (hidden(name.replace('.', '/'))) {
            throw new ClassNotFoundException(name + " (a logging backend, hidden from the mapping by dbflow)");
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL findResource(String name) {
        if (name.equals(SLF4J_PROVIDERS)) {
            return dbflow.getResource(SLF4J_NOP);
        }
        return hidden(name) ? null : super.findResource(name);
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        if (name.equals(SLF4J_PROVIDERS)) {
            return Collections.enumeration(List.of(Objects.requireNonNull(dbflow.getResource(SLF4J_NOP))));
        }
        return hidden(name) ? Collections.emptyEnumeration() : super.findResources(name);
    }

    private static boolean hidden(String path) {
        return HIDDEN.stream().anyMatch(prefix -> path.startsWith(prefix.replace('.', '/')));
    }
}
