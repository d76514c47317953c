package dev.dbflow.internal.load;

import dev.dbflow.api.ConfigurationException;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

import java.util.List;
import java.util.TreeSet;

/**
 * Finds the classes Hibernate must see: every {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass}
 * and {@code @Converter} on the project's classpath, through ClassGraph's bytecode scan (no class is
 * initialised while scanning).
 */
public final class EntityScanner {

    private static final List<String> MAPPING_ANNOTATIONS = List.of(
            "jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
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
        ClassGraph graph = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                .overrideClasspath(classes.classpath());
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        TreeSet<String> found = new TreeSet<>();
        boolean anyEntity;
        try (ScanResult result = graph.scan()) {
            MAPPING_ANNOTATIONS.forEach(a -> found.addAll(result.getClassesWithAnnotation(a).getNames()));
            anyEntity = !result.getClassesWithAnnotation(MAPPING_ANNOTATIONS.get(0)).isEmpty();
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
