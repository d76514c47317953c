package dev.dbflow.internal.load.hibernate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.load.mapping.MissingClass;
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

/**
 * Hibernate's boot metadata for the project's mapped classes, built for PostgreSQL at the shadow server's
 * version without any JDBC connection, and the service registry that owns it. Close it when done.
 */
public final class EntityModel implements AutoCloseable {

    private static final String BEAN_VALIDATION = "jakarta/validation/Validation.class";

    /**
     * Hibernate booted for the mapping only, whatever the application configures: the services a running
     * application needs and the mapping does not (second-level and query caches, which start JCache, Ehcache or
     * Infinispan with their threads and logs; Hibernate Search, which connects to its backend; statistics) stay off,
     * named queries are not checked (a Keycloak extension's queries name Keycloak's own entities, which are not
     * scanned, and a query's typo does not change the schema), no schema tool runs, and no JSON or XML mapper is
     * looked for ({@link MappingOnlyFormatMapper}).
     */
    private static final Map<String, Object> MAPPING_ONLY = Map.of(
            "hibernate.type.json_format_mapper", MappingOnlyFormatMapper.class.getName(),
            "hibernate.type.xml_format_mapper", MappingOnlyFormatMapper.class.getName(),
            "hibernate.cache.use_second_level_cache", "false",
            "hibernate.cache.use_query_cache", "false",
            "hibernate.query.startup_check", "false",
            "hibernate.search.enabled", "false",
            "hibernate.generate_statistics", "false",
            "hibernate.hbm2ddl.auto", "none",
            "jakarta.persistence.schema-generation.database.action", "none",
            "jakarta.persistence.schema-generation.scripts.action", "none");

    private final StandardServiceRegistry registry;
    private final Metadata metadata;

    private EntityModel(StandardServiceRegistry registry, Metadata metadata) {
        this.registry = registry;
        this.metadata = metadata;
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
     * @return the model
     * @throws ConfigurationException when a class cannot be loaded or Hibernate rejects a mapping; the message
     *                                carries Hibernate's reason, which names the entity and attribute, or the
     *                                missing class
     */
    public static EntityModel build(ClassLoader classes, List<String> classNames, PhysicalNamingStrategy physical,
                                    ImplicitNamingStrategy implicit, String serverVersion,
                                    Map<String, ?> extraSettings) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classes);
        StandardServiceRegistry registry = null;
        try {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                    .applyClassLoader(classes).build();
            StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap);
            // Hibernate starts from hibernate.properties and the JVM's system properties, which are not the settings
            // dbflow reads and says it reads (clearSettings() itself differs between Hibernate 6 and 7).
            builder.getSettings().clear();
            registry = builder.applySettings(settings(serverVersion))
                    .applySettings(new HashMap<String, Object>(extraSettings))
                    .applySettings(MAPPING_ONLY)
                    // The registry outlives the session factory that applies Bean Validation; close() ends it.
                    .disableAutoClose().build();
            MetadataSources sources = new MetadataSources(registry);
            for (String className : classNames) {
                sources.addAnnotatedClass(LinkCheck.load(classes, className));
            }
            Metadata metadata = sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(physical)
                    .applyImplicitNamingStrategy(implicit)
                    .build();
            if (classes.getResource(BEAN_VALIDATION) != null) {
                applyBeanValidation(metadata);
            }
            return new EntityModel(registry, metadata);
        } catch (ConfigurationException e) {
            release(registry);
            throw e;
        } catch (LinkageError | TypeNotPresentException e) {
            release(registry);
            throw MissingClass.error(null, null, e);
        } catch (RuntimeException e) {
            release(registry);
            if (MissingClass.className(e).isPresent()) {
                throw MissingClass.error(null, null, e);
            }
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

    private static void release(StandardServiceRegistry registry) {
        if (registry != null) {
            StandardServiceRegistryBuilder.destroy(registry);
        }
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
        release(registry);
    }
}
