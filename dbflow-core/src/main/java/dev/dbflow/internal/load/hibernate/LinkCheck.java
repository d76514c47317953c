package dev.dbflow.internal.load.hibernate;

import dev.dbflow.internal.load.mapping.MissingClass;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Resolves everything of a mapped class that Hibernate will resolve (its fields, methods, their generic types, and
 * the values of their annotations, up its superclasses) before Hibernate does, so that a class the project's
 * classpath lacks is reported naming the mapped class and where it uses it, not as a bare
 * {@link NoClassDefFoundError} from deep inside Hibernate.
 */
final class LinkCheck {

    private LinkCheck() {
    }

    /**
     * Loads and checks a mapped class.
     *
     * @return the class
     * @throws dev.dbflow.api.ConfigurationException naming the mapped class, where it uses the missing class, and
     *                                               the class
     */
    static Class<?> load(ClassLoader classes, String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, classes);
        } catch (ClassNotFoundException | LinkageError e) {
            throw MissingClass.error(className, null, e);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            members(className, c, c == type ? "" : " of its superclass " + c.getName());
        }
        return type;
    }

    private static void members(String className, Class<?> c, String owner) {
        check(className, owner.isEmpty() ? "in its annotations" : "in the annotations" + owner, () -> annotations(c));
        for (Field field : fields(className, c, owner)) {
            check(className, "in field " + field.getName() + owner, () -> {
                field.getGenericType();
                annotations(field);
            });
        }
        for (Method method : methods(className, c, owner)) {
            check(className, "in method " + method.getName() + owner, () -> {
                method.getGenericReturnType();
                method.getGenericParameterTypes();
                annotations(method);
            });
        }
    }

    private static Field[] fields(String className, Class<?> c, String owner) {
        try {
            return c.getDeclaredFields();
        } catch (LinkageError | TypeNotPresentException e) {
            throw MissingClass.error(className, "as the type of a field" + owner, e);
        }
    }

    private static Method[] methods(String className, Class<?> c, String owner) {
        try {
            return c.getDeclaredMethods();
        } catch (LinkageError | TypeNotPresentException e) {
            throw MissingClass.error(className, "in the signature of a method" + owner, e);
        }
    }

    private static void check(String className, String where, Runnable resolve) {
        try {
            resolve.run();
        } catch (LinkageError | TypeNotPresentException e) {
            throw MissingClass.error(className, where, e);
        }
    }

    /** An annotation's class-valued members are resolved when read: reading each one finds a missing class. */
    private static void annotations(AnnotatedElement element) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            values(annotation);
        }
    }

    private static void values(Annotation annotation) {
        for (Method member : annotation.annotationType().getDeclaredMethods()) {
            Object value;
            try {
                value = member.invoke(annotation);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof TypeNotPresentException absent) {
                    throw absent;
                }
                continue;
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (value instanceof Annotation nested) {
                values(nested);
            } else if (value instanceof Annotation[] nested) {
                for (Annotation each : nested) {
                    values(each);
                }
            }
        }
    }
}
