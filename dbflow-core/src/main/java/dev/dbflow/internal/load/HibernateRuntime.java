package dev.dbflow.internal.load;

import dev.dbflow.annotations.RowLevelSecurity;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.classpath.ProjectClassLoader;
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
 * 7.x), else dbflow's own. Either runs in a {@link ProjectClassLoader} with the project's classes and classpath, as
 * the application loads them, so Bean Validation, converters and JSON mappers on that classpath take part in the
 * mapping; dbflow's own Hibernate jars ({@link HibernateJars}) join it only for what the project lacks. Close it when
 * the job ends.
 */
public final class HibernateRuntime implements AutoCloseable {

    private static final String READER = "dev.dbflow.internal.load.hibernate.HibernateMappingReader";
    private static final String HIBERNATE = "org.hibernate.Version";
    /**
     * The reader's interface and values and the exceptions it throws. Not dbflow's annotations: Hibernate caches what
     * it learns of an annotation type on that type ({@code ClassValue}), and a type of dbflow's loader would then keep
     * this loader alive after the run (see {@link ProjectAnnotations}).
     */
    private static final List<String> SHARED = List.of("dev.dbflow.internal.load.mapping.", "dev.dbflow.api.");

    private final ProjectClassLoader loader;
    private final boolean projects;
    private final MappingReader reader;

    private HibernateRuntime(ProjectClassLoader loader, boolean projects, MappingReader reader) {
        this.loader = loader;
        this.projects = projects;
        this.reader = reader;
    }

    /**
     * Chooses the Hibernate for a project and loads it with the project's classes.
     *
     * @throws ConfigurationException  when the project's Hibernate cannot run dbflow's reader (a version older than
     *                                 6.x), naming the version
     * @throws InfrastructureException when the project has no Hibernate and dbflow's own is incomplete
     */
    public static HibernateRuntime of(ProjectClasses classes) {
        ClassLoader dbflow = HibernateRuntime.class.getClassLoader();
        boolean projects = classes.declares(HIBERNATE);
        List<Path> classpath = new ArrayList<>(classes.classpath());
        if (!projects) {
            // The project's copy of a library Hibernate also uses (jakarta.persistence-api, jboss-logging) wins, as
            // Maven's nearest-first resolution would let it win had the project declared hibernate-core.
            HibernateJars.of(dbflow).forEach((coordinates, jar) -> {
                if (classes.classpath().stream().noneMatch(entry -> HibernateJars.isArtifact(entry, coordinates))) {
                    classpath.add(jar);
                }
            });
        }
        classpath.add(ProjectClassLoader.codeLocation(HibernateRuntime.class));
        // The project's copy of the annotations comes first; dbflow's only serves a classpath without one.
        classpath.add(ProjectClassLoader.codeLocation(RowLevelSecurity.class));
        ProjectClassLoader loader = new ProjectClassLoader("dbflow-mapping", classpath, dbflow, SHARED);
        try {
            MappingReader reader = reader(loader);
            if (projects && !supported(reader.hibernateVersion())) {
                throw new ConfigurationException("The project's Hibernate ORM is " + reader.hibernateVersion()
                        + ", older than 6: dbflow builds the mapping with Hibernate ORM 6.x or 7.x (jakarta.persistence). "
                        + "Upgrade the project's hibernate-core, or drop it from the project's classpath (then dbflow maps "
                        + "with its own " + org.hibernate.Version.getVersionString() + ").");
            }
            return new HibernateRuntime(loader, projects, reader);
        } catch (ConfigurationException e) {
            close(loader);
            throw e;
        } catch (RuntimeException | LinkageError e) {
            String version = version(loader);
            close(loader);
            if (!projects) {
                throw new ConfigurationException("dbflow's own Hibernate ORM " + org.hibernate.Version.getVersionString()
                        + " cannot be loaded with the project's classpath (" + e + "): a library there conflicts with "
                        + "it. Add the hibernate-core version the project is meant to run with to its dependencies.", e);
            }
            throw new ConfigurationException("The project's Hibernate ORM (" + version + ") cannot build the "
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

    /** The version the project's hibernate-core jar declares, read from the mapping's loader (dbflow's is not there). */
    private static String version(ClassLoader loader) {
        URL resource = loader.getResource("META-INF/maven/org.hibernate.orm/hibernate-core/pom.properties");
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

    /** Returns true when the project's own Hibernate builds the mapping. */
    public boolean isProjects() {
        return projects;
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
                : " (dbflow's own: no hibernate-core on the project's classpath)");
    }

    /**
     * Builds the mapping; what the libraries log meanwhile goes to {@code listener}'s debug log.
     *
     * @throws ConfigurationException when a class cannot be loaded or Hibernate rejects the mapping
     */
    public Mapping read(MappingRequest request, DbflowListener listener) {
        try (LibraryLogging ignored = LibraryLogging.toDebug(listener)) {
            return reader.read(loader, request);
        }
    }

    @Override
    public void close() {
        close(loader);
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
