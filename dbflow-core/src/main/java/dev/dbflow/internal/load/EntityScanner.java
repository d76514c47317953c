package dev.dbflow.internal.load;

import dev.dbflow.api.ConfigurationException;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the classes Hibernate must see: every {@code @Entity} on the project's classpath (Hibernate's own aside), and
 * the {@code @Embeddable}, {@code @MappedSuperclass} and {@code @Converter} classes of the project's own classes and of
 * the jars that hold entities (of the whole classpath when {@code packages} scopes the scan), through ClassGraph's
 * bytecode scan (no class is initialised while scanning).
 */
public final class EntityScanner {

    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final List<String> SUPPORTING_ANNOTATIONS = List.of("jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

    /**
     * Scans the project's classpath.
     *
     * @param classes  the project's classes
     * @param packages only these packages and their sub-packages; empty for all
     * @return the mapped class names, sorted
     * @throws ConfigurationException when no {@code @Entity} is found, naming where dbflow looked
     */
    public List<String> scan(ProjectClasses classes, List<String> packages) {
        // Hibernate ORM 7.4+ carries @Entity classes of its own (org.hibernate.audit), mapped only when enabled.
        ClassGraph graph = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                .overrideClasspath(classes.classpath()).rejectPackages("org.hibernate");
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        File classesDirectory = classes.classesDirectory().toFile().getAbsoluteFile();
        TreeSet<String> found = new TreeSet<>();
        boolean anyEntity;
        try (ScanResult result = graph.scan()) {
            found.addAll(result.getClassesWithAnnotation(ENTITY).getNames());
            // Spring Boot scans the application's packages, not its libraries': a library's autoApply converter
            // (Spring Data's Jsr310JpaConverters) would otherwise retype the application's columns, and its mapped
            // superclasses (AbstractPersistable) are not the application's. A jar that holds entities (a domain
            // module) is the application's. Hibernate finds the embeddables and mapped superclasses an entity uses by
            // itself. With 'packages' set, those are the scope, as with @EntityScan.
            Set<File> entityElements = result.getClassesWithAnnotation(ENTITY).stream()
                    .map(ClassInfo::getClasspathElementFile).collect(Collectors.toSet());
            entityElements.add(classesDirectory);
            SUPPORTING_ANNOTATIONS.forEach(a -> result.getClassesWithAnnotation(a).stream()
                    .filter(c -> !packages.isEmpty() || entityElements.contains(c.getClasspathElementFile()))
                    .forEach(c -> found.add(c.getName())));
            anyEntity = !result.getClassesWithAnnotation(ENTITY).isEmpty();
        }
        if (!anyEntity) {
            throw new ConfigurationException("No @Entity class found in " + classes.classesDirectory()
                    + (packages.isEmpty() ? " or its dependencies" : " in packages " + packages)
                    + ". dbflow maps jakarta.persistence entities; check that the project is compiled and"
                    + " uses jakarta.persistence (not javax.persistence), or set 'packages' (-Ddbflow.packages)"
                    + " to the packages that hold your entities.");
        }
        return List.copyOf(found);
    }
}
