package dev.dbflow.internal.load;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

/**
 * The class loader the mapping is built in: the project's classes with the Hibernate ORM that maps them and
 * everything they integrate with (Bean Validation, converters, JSON mappers), as the application loads them, and
 * dbflow's mapping reader. Above it are only the JDK and the few dbflow types both sides share (the reader's
 * interface and values, the exceptions it throws, the annotations entities carry), so nothing else of dbflow's, of
 * Maven's realm or of a test run leaks in.
 * <p>
 * The logging backends on the project's classpath are hidden: Hibernate's boot is not the application's run, and
 * the application's logback or JBoss LogManager configuration would print the libraries' INFO (or, with no
 * configuration, DEBUG) lines into the build's log. jboss-logging then falls back to java.util.logging, which dbflow
 * routes to its debug log; SLF4J 2 is given its no-operation provider, so a library logging through it prints
 * nothing (and SLF4J no warning about a missing provider).
 */
final class MappingClassLoader extends URLClassLoader {

    private static final List<String> SHARED = List.of("dev.dbflow.internal.load.mapping.", "dev.dbflow.api.",
            "dev.dbflow.annotations.");
    /** Logback, SLF4J 1.x bindings (which all live in org.slf4j.impl) and JBoss LogManager. */
    private static final List<String> HIDDEN = List.of("ch.qos.logback.", "org.slf4j.impl.", "org.jboss.logmanager.");
    private static final String SLF4J_PROVIDERS = "META-INF/services/org.slf4j.spi.SLF4JServiceProvider";
    private static final String SLF4J_NOP = "dev/dbflow/internal/load/slf4j-nop-provider.txt";

    private final ClassLoader dbflow;

    MappingClassLoader(List<Path> classpath, ClassLoader dbflow) {
        super("dbflow-mapping", classpath.stream().map(MappingClassLoader::url).toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        this.dbflow = dbflow;
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
        if (SHARED.stream().anyMatch(name::startsWith)) {
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
