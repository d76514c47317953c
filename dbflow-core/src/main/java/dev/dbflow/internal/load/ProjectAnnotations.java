package dev.dbflow.internal.load;

import java.lang.annotation.Annotation;
import java.lang.annotation.Repeatable;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * dbflow's annotations as an entity carries them. The mapping's class loader defines its own copy of
 * {@code dev.dbflow.annotations} (the project's jar, else dbflow's): Hibernate caches what it learns of each annotation
 * type in {@code ClassValue}s, and a cache entry on a type of dbflow's own loader would keep the mapping's loader, with
 * all of Hibernate, alive after the run. This class finds the project's instances by their type's name and answers
 * through dbflow's type, so the rest of dbflow reads them as usual.
 */
final class ProjectAnnotations {

    private ProjectAnnotations() {
    }

    /** Returns {@code element}'s own annotation of {@code type}'s name, or null when it has none. */
    static <A extends Annotation> A declared(AnnotatedElement element, Class<A> type) {
        return Arrays.stream(element.getDeclaredAnnotations())
                .filter(annotation -> annotation.annotationType().getName().equals(type.getName()))
                .findFirst().map(annotation -> view(annotation, type)).orElse(null);
    }

    /**
     * Returns {@code element}'s own annotations of the repeatable {@code type}, written singly or in their container,
     * in declaration order, as {@link AnnotatedElement#getDeclaredAnnotationsByType} does.
     */
    static <A extends Annotation> List<A> declaredRepeated(AnnotatedElement element, Class<A> type) {
        String container = type.getAnnotation(Repeatable.class).value().getName();
        List<A> found = new ArrayList<>();
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.equals(type.getName())) {
                found.add(view(annotation, type));
            } else if (name.equals(container)) {
                for (Object each : (Object[]) member(annotation, "value")) {
                    found.add(view((Annotation) each, type));
                }
            }
        }
        return found;
    }

    private static <A extends Annotation> A view(Annotation project, Class<A> type) {
        if (type.isInstance(project)) {
            return type.cast(project);
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> project.toString();
                    case "hashCode" -> project.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> answer(member(project, method.getName()), method.getReturnType());
                }));
    }

    /** The project's value as dbflow's type holds it: an enum constant of dbflow's enum, by name; others as they are. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object answer(Object value, Class<?> returnType) {
        return returnType.isEnum() ? Enum.valueOf((Class) returnType, ((Enum<?>) value).name()) : value;
    }

    private static Object member(Annotation annotation, String name) {
        try {
            Method member = annotation.annotationType().getMethod(name);
            return member.invoke(annotation);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Annotation " + annotation.annotationType().getName() + "." + name
                    + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Annotation " + annotation.annotationType().getName()
                    + " has no member " + name + " (another version of dbflow-annotations than dbflow's)", e);
        }
    }
}
