package dev.dbflow.internal.load.hibernate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.load.mapping.Mapping;
import dev.dbflow.internal.load.mapping.MappingReader;
import dev.dbflow.internal.load.mapping.MappingRequest;
import dev.dbflow.internal.load.mapping.MissingClass;
import org.hibernate.Version;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@link MappingReader} over the Hibernate ORM that loaded this class: the project's own when the project
 * declares Hibernate (this class is then loaded again, by an isolated class loader), else dbflow's. It uses only
 * Hibernate API that 6.x and 7.x share.
 */
public final class HibernateMappingReader implements MappingReader {

    private static final String DIALECT = "hibernate.dialect";

    /**
     * Hibernate 6.5 and later choose the dialect from the {@code jakarta.persistence.database-*} settings dbflow gives;
     * 6.0 to 6.4 need a connection for that, so they are named the dialect (which then reads the version settings).
     */
    static boolean resolvesDialectWithoutConnection(String version) {
        String[] parts = version.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            return major > 6 || major == 6 && parts.length > 1 && Integer.parseInt(parts[1]) >= 5;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    @Override
    public String hibernateVersion() {
        return Version.getVersionString();
    }

    @Override
    public Mapping read(ClassLoader classes, MappingRequest request) {
        Map<String, String> settings = new HashMap<>(request.settings());
        if (!resolvesDialectWithoutConnection(Version.getVersionString())) {
            settings.putIfAbsent(DIALECT, "org.hibernate.dialect.PostgreSQLDialect");
        }
        try (EntityModel model = EntityModel.build(classes, request.classNames(),
                instance(classes, request.physicalNaming()), instance(classes, request.implicitNaming()),
                request.serverVersion(), settings)) {
            return new Mapping(createScript(model), MappedEntities.of(model));
        } catch (ConfigurationException e) {
            if (request.settings().isEmpty()) {
                throw e;
            }
            throw new ConfigurationException(e.getMessage() + " The application's Hibernate settings applied too ("
                    + String.join(", ", new TreeSet<>(request.settings().keySet())) + "); a wrong value there fails "
                    + "the same way.", e);
        }
    }

    private static List<String> createScript(EntityModel model) {
        try {
            return new CreateScript().render(model);
        } catch (LinkageError | TypeNotPresentException e) {
            throw MissingClass.error(null, null, e);
        } catch (RuntimeException e) {
            String message = e.getMessage();
            Throwable cause = e.getCause();
            if (cause != null && cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
                message = message + " (" + cause.getMessage() + ")";
            }
            throw new ConfigurationException("Hibernate could not render the create DDL for "
                    + FailingField.of(message, MappedEntities.of(model)).orElse("the entities") + ": " + message
                    + ". Fix the mapping or setting named there.", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T instance(ClassLoader classes, String className) {
        try {
            return (T) Class.forName(className, true, classes).getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new ConfigurationException("The naming strategy " + className + " (from namingStrategy or "
                    + "spring.jpa.hibernate.naming) failed in its constructor: " + e.getCause() + ". A naming strategy "
                    + "must work without the application running (no Spring context).", e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ConfigurationException("The naming strategy " + className + " (from namingStrategy or "
                    + "spring.jpa.hibernate.naming) cannot be instantiated (" + e + "). Name a public class of the "
                    + "project with a public no-argument constructor.", e);
        }
    }
}
