package dev.dbflow.internal.load;

import dev.dbflow.testing.EntityCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 (found with the Spring Boot examples): a library's autoApply converter, such as Spring Data's
 * Jsr310JpaConverters, and its mapped superclasses are not the application's: Spring Boot does not register them, so
 * neither does dbflow. A jar's entities are, with that jar's converters (a domain module); Hibernate's own entities
 * (7.4's audit tables) are not.
 */
class EntityScannerTest {

    private static final String LIBRARY_CONVERTER = """
            package lib;
            @jakarta.persistence.Converter(autoApply = true)
            public class DateToTimestamp implements jakarta.persistence.AttributeConverter<java.time.LocalDate, java.sql.Timestamp> {
                public java.sql.Timestamp convertToDatabaseColumn(java.time.LocalDate d) { return null; }
                public java.time.LocalDate convertToEntityAttribute(java.sql.Timestamp t) { return null; }
            }
            """;

    @TempDir
    Path project;

    @Test
    void aLibrarysConvertersAndMappedSuperclassesAreNotTheApplications() {
        Path classes = compileApplication();
        Path library = EntityCompiler.compile(Map.of("lib/DateToTimestamp.java", LIBRARY_CONVERTER,
                "lib/Persistable.java", "package lib; @jakarta.persistence.MappedSuperclass public abstract class "
                        + "Persistable { @jakarta.persistence.Id Long id; }"), project.resolve("library"));
        try (ProjectClasses projectClasses = ProjectClasses.open(classes, List.of(classes, library))) {
            assertThat(new EntityScanner().scan(projectClasses, List.of()))
                    .containsExactly("app.Order", "app.Upper");
            assertThat(new EntityScanner().scan(projectClasses, List.of("app", "lib")))
                    .containsExactly("app.Order", "app.Upper", "lib.DateToTimestamp", "lib.Persistable");
        }
    }

    @Test
    void aJarThatHoldsEntitiesIsTheApplicationsWithItsConverters() {
        Path classes = compileApplication();
        Path domain = EntityCompiler.compile(Map.of("lib/DateToTimestamp.java", LIBRARY_CONVERTER,
                "lib/Invoice.java", "package lib; @jakarta.persistence.Entity public class Invoice { "
                        + "@jakarta.persistence.Id Long id; java.time.LocalDate due; }",
                "org/hibernate/audit/Revision.java", "package org.hibernate.audit; @jakarta.persistence.Entity "
                        + "public class Revision { @jakarta.persistence.Id Long id; }"), project.resolve("domain"));
        try (ProjectClasses projectClasses = ProjectClasses.open(classes, List.of(classes, domain))) {
            assertThat(new EntityScanner().scan(projectClasses, List.of()))
                    .containsExactly("app.Order", "app.Upper", "lib.DateToTimestamp", "lib.Invoice");
        }
    }

    private Path compileApplication() {
        return EntityCompiler.compile(Map.of(
                "app/Order.java", """
                        package app;
                        @jakarta.persistence.Entity
                        public class Order { @jakarta.persistence.Id Long id; java.time.LocalDate due; }
                        """,
                "app/Upper.java", """
                        package app;
                        @jakarta.persistence.Converter
                        public class Upper implements jakarta.persistence.AttributeConverter<String, String> {
                            public String convertToDatabaseColumn(String s) { return s; }
                            public String convertToEntityAttribute(String s) { return s; }
                        }
                        """), project.resolve("target/classes"));
    }
}
