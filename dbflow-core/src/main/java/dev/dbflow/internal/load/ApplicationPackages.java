package dev.dbflow.internal.load;

import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The packages a Spring Boot application scans for entities, read from its compiled classes as Spring Boot reads
 * them: those an {@code @EntityScan} names (its {@code value}, {@code basePackages} and the packages of its
 * {@code basePackageClasses}), else the package of its {@code @SpringBootApplication} (or
 * {@code @AutoConfigurationPackage}) class and those below. Scanning only there is what the application does, and
 * spares dbflow reading every jar of a large classpath.
 *
 * @param packages the packages, in the order found
 * @param source   where they came from, for the log, e.g. {@code @SpringBootApplication on com.acme.ShopApplication}
 */
public record ApplicationPackages(List<String> packages, String source) {

    /** {@code @EntityScan} in Spring Boot 2 and 3, and where Spring Boot 4 moved it. */
    private static final List<String> ENTITY_SCAN = List.of("org.springframework.boot.autoconfigure.domain.EntityScan",
            "org.springframework.boot.persistence.autoconfigure.EntityScan");
    private static final List<String> APPLICATION = List.of(
            "org.springframework.boot.autoconfigure.SpringBootApplication",
            "org.springframework.boot.autoconfigure.AutoConfigurationPackage");

    public ApplicationPackages {
        packages = List.copyOf(packages);
    }

    /**
     * Finds the packages in {@code classesDirectory}, by bytecode (no class is loaded).
     *
     * @return the packages, empty when no class there carries those annotations (not a Spring Boot application)
     */
    public static Optional<ApplicationPackages> of(Path classesDirectory) {
        try (ScanResult result = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                .overrideClasspath(classesDirectory).scan()) {
            for (String annotation : ENTITY_SCAN) {
                for (ClassInfo type : result.getClassesWithAnnotation(annotation)) {
                    List<String> packages = entityScan(type.getAnnotationInfo(annotation), type);
                    return Optional.of(new ApplicationPackages(packages, "@EntityScan on " + type.getName()));
                }
            }
            for (String annotation : APPLICATION) {
                for (ClassInfo type : result.getClassesWithAnnotation(annotation)) {
                    return Optional.of(new ApplicationPackages(List.of(type.getPackageName()), "@"
                            + annotation.substring(annotation.lastIndexOf('.') + 1) + " on " + type.getName()));
                }
            }
        }
        return Optional.empty();
    }

    /** Spring Boot's rule: the annotation's packages and classes, else the package of the class it is on. */
    private static List<String> entityScan(AnnotationInfo annotation, ClassInfo type) {
        Set<String> packages = new LinkedHashSet<>();
        for (String name : List.of("value", "basePackages")) {
            Object value = annotation.getParameterValues().getValue(name);
            if (value instanceof Object[] names) {
                for (Object each : names) {
                    packages.add(String.valueOf(each));
                }
            }
        }
        if (annotation.getParameterValues().getValue("basePackageClasses") instanceof Object[] classes) {
            for (Object each : classes) {
                String name = ((AnnotationClassRef) each).getName();
                packages.add(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
            }
        }
        return packages.isEmpty() ? List.of(type.getPackageName()) : new ArrayList<>(packages);
    }
}
