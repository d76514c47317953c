package dev.dbflow.internal.load;

import dev.dbflow.api.ConfigurationException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.PostgreSQLDialect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hibernate's boot metadata for the project's mapped classes, built for PostgreSQL at the shadow server's
 * version without any JDBC connection, and the service registry that owns it. Close it when done.
 */
public final class EntityModel implements AutoCloseable {

    private final StandardServiceRegistry registry;
    private final Metadata metadata;

    private EntityModel(StandardServiceRegistry registry, Metadata metadata) {
        this.registry = registry;
        this.metadata = metadata;
    }

    /**
     * Builds the metadata, with the project's class loader as the thread context class loader while
     * Hibernate reads the classes.
     *
     * @param classes       the project's classes
     * @param classNames    the mapped classes to register, from {@link EntityScanner}
     * @param naming        the naming strategies
     * @param serverVersion the PostgreSQL server version, as {@code major.minor}
     * @throws ConfigurationException when a class cannot be loaded or Hibernate rejects a mapping; the message
     *                                carries Hibernate's reason, which names the entity and attribute
     */
    public static EntityModel build(ProjectClasses classes, List<String> classNames, NamingStrategy naming,
                                    String serverVersion) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classes.loader());
        StandardServiceRegistry registry = null;
        try {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                    .applyClassLoader(classes.loader()).build();
            registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings(serverVersion)).build();
            MetadataSources sources = new MetadataSources(registry);
            for (String className : classNames) {
                sources.addAnnotatedClass(load(classes, className));
            }
            Metadata metadata = sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(naming.physical())
                    .applyImplicitNamingStrategy(naming.implicit())
                    .build();
            return new EntityModel(registry, metadata);
        } catch (ConfigurationException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new ConfigurationException("Hibernate rejected the entity mapping: " + rootMessage(e)
                    + " Fix the mapping named there; dbflow builds the schema exactly as Hibernate maps it.", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Map<String, Object> settings(String serverVersion) {
        String[] parts = serverVersion.split("\\.");
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.DIALECT, PostgreSQLDialect.class.getName());
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, serverVersion);
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, parts[0]);
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, parts.length > 1 ? parts[1] : "0");
        // Metadata must come from the mapping alone: there is no database to ask while the model loads.
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put(AvailableSettings.HBM2DDL_CREATE_NAMESPACES, "true");
        return settings;
    }

    private static Class<?> load(ProjectClasses classes, String className) {
        try {
            return Class.forName(className, false, classes.loader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigurationException("Cannot load the mapped class " + className + ": " + e
                    + ". A class it needs is missing from the project's runtime classpath; add the dependency "
                    + "that provides it (scope compile or runtime).", e);
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
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
