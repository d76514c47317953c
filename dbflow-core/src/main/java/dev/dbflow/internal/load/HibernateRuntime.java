package dev.dbflow.internal.load;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.load.mapping.Mapping;
import dev.dbflow.internal.load.mapping.MappingReader;
import dev.dbflow.internal.load.mapping.MappingRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The Hibernate ORM that builds the mapping: the project's own when its classpath holds {@code hibernate-core}
 * (the DDL an application gets is decided by its Hibernate version: Spring Boot 3 brings 6.x, Spring Boot 4 brings
 * 7.x), else dbflow's own. The project's Hibernate runs in a class loader of its own that sees the project's
 * classpath, dbflow's mapping reader, and from dbflow only the JDK-typed {@code mapping} and {@code api} types and
 * dbflow's annotations; the two Hibernates never meet. Close it when the job ends.
 */
public final class HibernateRuntime implements AutoCloseable {

    private static final String READER = "dev.dbflow.internal.load.hibernate.HibernateMappingReader";
    private static final String HIBERNATE = "org.hibernate.Version";
    /** jboss-logging's switch: Hibernate logs through java.util.logging, which dbflow quiets, not the project's logback. */
    private static final String LOGGING_PROVIDER = "org.jboss.logging.provider";

    private final ClassLoader loader;
    private final URLClassLoader isolated;
    private final MappingReader reader;

    private HibernateRuntime(ClassLoader loader, URLClassLoader isolated, MappingReader reader) {
        this.loader = loader;
        this.isolated = isolated;
        this.reader = reader;
    }

    /**
     * Chooses the Hibernate for a project.
     *
     * @throws ConfigurationException when the project's Hibernate cannot run dbflow's reader (a version older than
     *                                6.x), naming the version
     */
    public static HibernateRuntime of(ProjectClasses classes) {
        if (!classes.declares(HIBERNATE)) {
            return new HibernateRuntime(classes.loader(), null, reader(classes.loader()));
        }
        List<URL> urls = new ArrayList<>();
        classes.classpath().forEach(path -> urls.add(url(path)));
        urls.add(HibernateRuntime.class.getProtectionDomain().getCodeSource().getLocation());
        URLClassLoader isolated = new URLClassLoader("dbflow-project-hibernate", urls.toArray(URL[]::new),
                new SharedTypes(HibernateRuntime.class.getClassLoader()));
        try {
            MappingReader reader = reader(isolated);
            if (!supported(reader.hibernateVersion())) {
                throw new ConfigurationException("The project's Hibernate ORM is " + reader.hibernateVersion()
                        + ", older than 6: dbflow builds the mapping with Hibernate ORM 6.x or 7.x (jakarta.persistence). "
                        + "Upgrade the project's hibernate-core, or drop it from the runtime classpath (then dbflow maps "
                        + "with its own " + org.hibernate.Version.getVersionString() + ").");
            }
            return new HibernateRuntime(isolated, isolated, reader);
        } catch (ConfigurationException e) {
            close(isolated);
            throw e;
        } catch (RuntimeException | LinkageError e) {
            close(isolated);
            throw new ConfigurationException("The project's Hibernate ORM (" + version(isolated) + ") cannot build the "
                    + "mapping for dbflow (" + e + "). dbflow supports Hibernate ORM 6.x and 7.x; upgrade the "
                    + "project's hibernate-core.", e);
        }
    }

    /** Returns true for a Hibernate ORM version dbflow's mapping reader runs on: 6.x and later. */
    static boolean supported(String version) {
        try {
            return Integer.parseInt(version.substring(0, version.indexOf('.'))) >= 6;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static MappingReader reader(ClassLoader loader) {
        try {
            return (MappingReader) Class.forName(READER, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("dbflow's mapping reader is part of dbflow-core", e);
        }
    }

    /** The version the project's hibernate-core jar declares, read from the isolated loader (dbflow's is not there). */
    private static String version(ClassLoader isolated) {
        URL resource = isolated.getResource("META-INF/maven/org.hibernate.orm/hibernate-core/pom.properties");
        if (resource == null) {
            return "version unknown";
        }
        try (InputStream in = resource.openStream()) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "version unknown");
        } catch (IOException e) {
            return "version unknown";
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns true when the project's own Hibernate builds the mapping. */
    public boolean isProjects() {
        return isolated != null;
    }

    /** Returns the Hibernate ORM version that builds the mapping, e.g. {@code 7.2.19.Final}. */
    public String version() {
        return reader.hibernateVersion();
    }

    /** Returns the class loader the mapping's classes (naming strategies included) are loaded by. */
    public ClassLoader loader() {
        return loader;
    }

    /** Returns the line the log says which Hibernate maps the entities with. */
    public String describe() {
        return "Hibernate ORM " + version() + (isProjects() ? " (the project's)"
                : " (dbflow's own: no hibernate-core on the project's runtime classpath)");
    }

    /**
     * Builds the mapping.
     *
     * @throws ConfigurationException when a class cannot be loaded or Hibernate rejects the mapping
     */
    public Mapping read(MappingRequest request) {
        String provider = System.getProperty(LOGGING_PROVIDER);
        if (provider == null) {
            System.setProperty(LOGGING_PROVIDER, "jdk");
        }
        try {
            return reader.read(loader, request);
        } finally {
            if (provider == null) {
                System.clearProperty(LOGGING_PROVIDER);
            }
        }
    }

    @Override
    public void close() {
        if (isolated != null) {
            close(isolated);
        }
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The parent of the isolated loader: the JDK, plus the few dbflow types both sides must share (the reader's
     * interface and values, the exceptions it throws, and the annotations entities carry).
     */
    private static final class SharedTypes extends ClassLoader {

        private static final List<String> SHARED = List.of("dev.dbflow.internal.load.mapping.", "dev.dbflow.api.",
                "dev.dbflow.annotations.");

        private final ClassLoader dbflow;

        SharedTypes(ClassLoader dbflow) {
            super("dbflow-shared-types", ClassLoader.getPlatformClassLoader());
            this.dbflow = dbflow;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (SHARED.stream().anyMatch(name::startsWith)) {
                return dbflow.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
