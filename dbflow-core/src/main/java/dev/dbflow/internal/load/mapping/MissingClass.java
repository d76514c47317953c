package dev.dbflow.internal.load.mapping;

import dev.dbflow.api.ConfigurationException;

import java.util.Optional;

/**
 * The one error for a class the mapping needs that cannot be loaded: the JVM's {@link NoClassDefFoundError} (or
 * {@link TypeNotPresentException} for a class named in a generic type or an annotation) would otherwise reach Maven
 * as "A required class was missing" with a dump of its class realm. Shared by dbflow and the mapping's class loader.
 */
public final class MissingClass {

    private MissingClass() {
    }

    /**
     * Returns the error for {@code failure}.
     *
     * @param mappedClass the entity (or embeddable, converter, superclass) that needs the class; null when unknown
     * @param where       where it uses the class, e.g. {@code in field total}; null when unknown
     * @param failure     the JVM's error
     * @return one paragraph naming the class, the mapped class and what to add
     */
    public static ConfigurationException error(String mappedClass, String where, Throwable failure) {
        String user = mappedClass == null ? "The entity mapping" : "The mapped class " + mappedClass;
        String place = where == null ? "" : " (" + where + ")";
        Optional<String> missing = className(failure);
        if (missing.isEmpty()) {
            return new ConfigurationException(user + " cannot be loaded" + place + ": " + failure + ". Rebuild the "
                    + "project (mvn clean compile) with the Java version and dependencies it runs with.", failure);
        }
        return new ConfigurationException(user + " needs the class " + missing.get() + place + ", which is not on "
                + "the project's classpath. Add the dependency that provides " + missing.get() + " to the project "
                + "(scope compile, provided or runtime: dbflow loads all three, as the application does).", failure);
    }

    /** Returns the class a loading failure could not find, if that is what it was. */
    public static Optional<String> className(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TypeNotPresentException absent) {
                return Optional.of(absent.typeName());
            }
            if (t instanceof ClassNotFoundException && t.getMessage() != null) {
                return Optional.of(t.getMessage());
            }
            // "Could not initialize class X" is a class that is there but failed its static initialiser.
            if (t instanceof NoClassDefFoundError && t.getMessage() != null
                    && !t.getMessage().startsWith("Could not initialize")) {
                return Optional.of(t.getMessage().replace('/', '.'));
            }
        }
        return Optional.empty();
    }
}
