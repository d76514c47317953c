package dev.dbflow.internal.load.hibernate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.load.mapping.Mapping;
import dev.dbflow.internal.load.mapping.MappingReader;
import dev.dbflow.internal.load.mapping.MappingRequest;
import org.hibernate.Version;

/**
 * The {@link MappingReader} over the Hibernate ORM that loaded this class: the project's own when the project
 * declares Hibernate (this class is then loaded again, by an isolated class loader), else dbflow's. It uses only
 * Hibernate API that 6.x and 7.x share.
 */
public final class HibernateMappingReader implements MappingReader {

    @Override
    public String hibernateVersion() {
        return Version.getVersionString();
    }

    @Override
    public Mapping read(ClassLoader classes, MappingRequest request) {
        try (EntityModel model = EntityModel.build(classes, request.classNames(),
                instance(classes, request.physicalNaming()), instance(classes, request.implicitNaming()),
                request.serverVersion(), request.settings())) {
            return new Mapping(new CreateScript().render(model), MappedEntities.of(model));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T instance(ClassLoader classes, String className) {
        try {
            return (T) Class.forName(className, true, classes).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ConfigurationException("The naming strategy " + className + " cannot be instantiated (" + e
                    + "). Name a public class of the project with a public no-argument constructor.", e);
        }
    }
}
