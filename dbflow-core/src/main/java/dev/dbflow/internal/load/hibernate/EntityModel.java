package dev.dbflow.internal.load.hibernate;

import dev.dbflow.api.ConfigurationException;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.cfg.AvailableSettings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hibernate's boot metadata for the project's mapped classes, built for PostgreSQL at the shadow server's
 * version without any JDBC connection, and the service registry that owns it. Close it when done.
 */
public final class EntityModel implements AutoCloseable {

    /**
     * Hibernate's boot log (version banner, "no connection provider") is noise in a build: dbflow reports what
     * matters itself, so it is quiet while a model is open. Held in a field because java.util.logging keeps loggers only weakly.
     */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private static final String BEAN_VALIDATION = "jakarta/validation/Validation.class";

    private final StandardServiceRegistry registry;
    private final Metadata metadata;
    private final Level previousLogLevel;

    private EntityModel(StandardServiceRegistry registry, Metadata metadata, Level previousLogLevel) {
        this.registry = registry;
        this.metadata = metadata;
        this.previousLogLevel = previousLogLevel;
    }

    /**
     * Builds the metadata, with the project's class loader as the thread context class loader while Hibernate
     * reads the classes.
     *
     * @param classes       the class loader that sees the project's classes
     * @param classNames    the mapped classes to register, from {@link dev.dbflow.internal.load.EntityScanner}
     * @param physical      the physical naming strategy
     * @param implicit      the implicit naming strategy
     * @param serverVersion the PostgreSQL server version, as {@code major.minor}
     * @param extraSettings Hibernate settings on top of dbflow's: the application's, or a JDBC connection for
     *                      Hibernate's schema validator
     * @throws ConfigurationException when a class cannot be loaded or Hibernate rejects a mapping; the message
     *                                carries Hibernate's reason, which names the entity and attribute
     */
    public static EntityModel build(ClassLoader classes, List<String> classNames, PhysicalNamingStrategy physical,
                                    ImplicitNamingStrategy implicit, String serverVersion,
                                    Map<String, ?> extraSettings) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classes);
        Level previousLevel = HIBERNATE_LOG.getLevel();
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        StandardServiceRegistry registry = null;
        try {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                    .applyClassLoader(classes).build();
            registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings(serverVersion))
                    .applySettings(new HashMap<String, Object>(extraSettings))
                    // The registry outlives the session factory that applies Bean Validation; close() ends it.
                    .disableAutoClose().build();
            MetadataSources sources = new MetadataSources(registry);
            for (String className : classNames) {
                sources.addAnnotatedClass(load(classes, className));
            }
            Metadata metadata = sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(physical)
                    .applyImplicitNamingStrategy(implicit)
                    .build();
            if (classes.getResource(BEAN_VALIDATION) != null) {
                applyBeanValidation(metadata);
            }
            return new EntityModel(registry, metadata, previousLevel);
        } catch (ConfigurationException e) {
            release(registry, previousLevel);
            throw e;
        } catch (RuntimeException e) {
            release(registry, previousLevel);
            throw new ConfigurationException("Hibernate rejected the entity mapping: " + rootMessage(e)
                    + " Fix the mapping named there; dbflow builds the schema exactly as Hibernate maps it.", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Hibernate applies Bean Validation constraints ({@code @NotNull}, {@code @Size}) to the mapping only while a
     * session factory starts, just before {@code ddl-auto} runs; starting one (it opens no connection) gives the
     * create DDL exactly what the application's Hibernate would run.
     */
    private static void applyBeanValidation(Metadata metadata) {
        try (SessionFactory ignored = metadata.buildSessionFactory()) {
            // Starting it was the point: the integrators have now adjusted the mapping.
        }
    }

    private static void release(StandardServiceRegistry registry, Level logLevel) {
        if (registry != null) {
            StandardServiceRegistryBuilder.destroy(registry);
        }
        HIBERNATE_LOG.setLevel(logLevel);
    }

    private static Map<String, Object> settings(String serverVersion) {
        String[] parts = serverVersion.split("\\.");
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, serverVersion);
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, parts[0]);
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, parts.length > 1 ? parts[1] : "0");
        // Metadata must come from the mapping alone: there is no database to ask while the model loads.
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put(AvailableSettings.HBM2DDL_CREATE_NAMESPACES, "true");
        return settings;
    }

    /**
     * Loads a mapped class and resolves its fields and methods, which is where a class it needs but the classpath
     * lacks shows up (Hibernate would otherwise fail later with a bare {@link NoClassDefFoundError}).
     */
    private static Class<?> load(ClassLoader classes, String className) {
        try {
            Class<?> type = Class.forName(className, false, classes);
            type.getDeclaredFields();
            type.getDeclaredMethods();
            return type;
        } catch (ClassNotFoundException | LinkageError e) {
            String missing = e instanceof NoClassDefFoundError && e.getMessage() != null
                    ? e.getMessage().replace('/', '.') : String.valueOf(e.getMessage());
            throw new ConfigurationException("The mapped class " + className + " needs the class " + missing
                    + ", which is not on the project's runtime classpath. Add the dependency that provides it "
                    + "(scope compile or runtime; a provided one is not on that classpath).", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (t != e && t.getMessage() != null && !message.contains(t.getMessage())) {
            message = message + " (" + t.getMessage() + ")";
        }
        return message.endsWith(".") ? message : message + ".";
    }

    /** Returns Hibernate's boot metadata. */
    public Metadata metadata() {
        return metadata;
    }

    /** Returns the service registry the metadata was built with. */
    public StandardServiceRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        release(registry, previousLogLevel);
    }
}
