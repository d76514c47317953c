package dev.dbflow.testing;

import dev.dbflow.api.DbflowListener;
import dev.dbflow.internal.load.EntityScanner;
import dev.dbflow.internal.load.HibernateRuntime;
import dev.dbflow.internal.load.LibraryLogging;
import dev.dbflow.internal.load.NamingStrategy;
import dev.dbflow.internal.load.ProjectClasses;
import dev.dbflow.internal.load.hibernate.EntityModel;
import dev.dbflow.internal.shadow.ScratchDatabase;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs Hibernate's own schema validator ({@code hbm2ddl.auto=validate}, Spring's {@code ddl-auto=validate})
 * for a compiled model against a database.
 */
public final class HibernateValidation {

    private HibernateValidation() {
    }

    /**
     * Validates.
     *
     * @throws org.hibernate.tool.schema.spi.SchemaManagementException when Hibernate finds the schema wrong
     */
    public static void validate(Path classesDirectory, String namingStrategy, ScratchDatabase db) {
        try (ProjectClasses classes = ProjectClasses.open(classesDirectory, List.of(classesDirectory));
             HibernateRuntime hibernate = HibernateRuntime.of(classes);
             // This test run's Hibernate validates, so the entities are loaded next to it, with Bean Validation.
             URLClassLoader loader = new URLClassLoader(new URL[]{classesDirectory.toUri().toURL()},
                     HibernateValidation.class.getClassLoader());
             LibraryLogging ignored = LibraryLogging.toDebug(DbflowListener.SILENT)) {
            Map<String, Object> connection = new HashMap<>();
            connection.put("jakarta.persistence.jdbc.url", db.jdbcUrl());
            connection.put("jakarta.persistence.jdbc.user", db.server().user());
            if (db.server().password() != null) {
                connection.put("jakarta.persistence.jdbc.password", db.server().password());
            }
            connection.put("hibernate.boot.allow_jdbc_metadata_access", "true");
            NamingStrategy naming = NamingStrategy.resolve(namingStrategy, Map.of(), classes, hibernate);
            try (EntityModel model = EntityModel.build(loader, new EntityScanner().scan(classes, List.of()),
                    instance(naming.physical()), instance(naming.implicit()), "17.0", connection)) {
                StandardServiceRegistry registry = model.registry();
                Map<String, Object> settings = new HashMap<>(
                        registry.requireService(ConfigurationService.class).getSettings());
                registry.requireService(SchemaManagementTool.class).getSchemaValidator(settings).doValidation(
                        model.metadata(),
                        SchemaManagementToolCoordinator.buildExecutionOptions(settings, ExceptionHandlerHaltImpl.INSTANCE),
                        ContributableMatcher.ALL);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T instance(String className) {
        try {
            return (T) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
