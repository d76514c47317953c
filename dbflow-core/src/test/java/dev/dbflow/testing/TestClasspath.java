package dev.dbflow.testing;

import dev.dbflow.internal.load.HibernateJars;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The classpath a test project declares, as a user's pom would: dbflow maps the entities in a class loader that sees
 * only the project's classpath (and its own Hibernate when the project has none), so what the entities integrate with
 * must be on it, not merely on the test run's classpath. The jars are this test run's, picked by artifact.
 */
public final class TestClasspath {

    /** A Spring Boot JPA application's: the persistence API, and Bean Validation with Hibernate Validator. */
    private static final List<String> JPA_WITH_VALIDATION = List.of("jakarta.persistence:jakarta.persistence-api",
            "jakarta.validation:jakarta.validation-api", "org.hibernate.validator:hibernate-validator",
            "org.jboss.logging:jboss-logging", "com.fasterxml:classmate", "org.glassfish.expressly:expressly",
            "jakarta.el:jakarta.el-api");

    private TestClasspath() {
    }

    /** Returns {@code classes} and the jars of an application with JPA and Bean Validation, without hibernate-core. */
    public static List<Path> jpaWithValidation(Path classes) {
        return with(classes, JPA_WITH_VALIDATION);
    }

    /** Returns {@code classes} and every jar of this test run, hibernate-core and its dependencies among them. */
    public static List<Path> everything(Path classes) {
        List<Path> classpath = new ArrayList<>(List.of(classes));
        testRun().stream().filter(entry -> entry.toString().endsWith(".jar")).forEach(classpath::add);
        return classpath;
    }

    /** Returns {@code classes} and this test run's jars of the artifacts {@code groupId:artifactId}. */
    public static List<Path> with(Path classes, List<String> artifacts) {
        List<Path> classpath = new ArrayList<>(List.of(classes));
        for (String artifact : artifacts) {
            classpath.add(testRun().stream().filter(entry -> HibernateJars.isArtifact(entry, artifact)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(artifact + " is not on the test classpath")));
        }
        return classpath;
    }

    private static List<Path> testRun() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }
}
