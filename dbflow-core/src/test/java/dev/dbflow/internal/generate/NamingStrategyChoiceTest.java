package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateResult;
import dev.dbflow.testing.ModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default naming strategy follows the classpath, and the log says which one was chosen and why. With
 * Hibernate's names the identifiers stay unquoted, so PostgreSQL folds them to lower case exactly as
 * Hibernate's own DDL and its schema validator expect.
 */
class NamingStrategyChoiceTest {

    private static final Map<String, String> MODEL = Map.of("app/BookShelf.java", """
            package app;
            import jakarta.persistence.*;
            import java.util.Set;
            @Entity
            public class BookShelf {
                @Id private Long id;
                private String shelfLabel;
                @ManyToMany private Set<BookShelf> nearShelves;
            }
            """);

    @TempDir
    Path dir;

    @Test
    void withoutSpringBootHibernateNamesAreUsed() {
        ModelProject project = new ModelProject(dir);

        GenerateResult result = project.generate(MODEL, null, "hibernate names");

        assertThat(project.listener().lines()).startsWith(
                "Mapping: Hibernate ORM " + org.hibernate.Version.getVersionString()
                        + " (dbflow's own: no hibernate-core on the project's classpath)",
                "Naming strategy: hibernate (Spring Boot is not on the project's classpath; set namingStrategy to override)");
        assertThat(result.summary()).containsExactly(
                "+ table bookshelf (2 columns)",
                "+ table bookshelf_bookshelf (2 columns)",
                "+ foreign key fkd658u43425y6plaos9tp4ivvk on bookshelf_bookshelf (nearshelves_id) -> bookshelf (id)",
                "+ foreign key fkf0h0bsgria89nkn7g5vrj3rqi on bookshelf_bookshelf (bookshelf_id) -> bookshelf (id)");
    }

    @Test
    void withSpringBootOnTheClasspathSpringNamesAreUsed() {
        Map<String, String> sources = new TreeMap<>(MODEL);
        sources.put("org/springframework/boot/SpringApplication.java",
                "package org.springframework.boot; public class SpringApplication {}");
        ModelProject project = new ModelProject(dir);

        GenerateResult result = project.generate(sources, null, "spring names");

        assertThat(project.listener().lines()).startsWith(
                "Mapping: Hibernate ORM " + org.hibernate.Version.getVersionString()
                        + " (dbflow's own: no hibernate-core on the project's classpath)",
                "Naming strategy: spring (Spring Boot is on the project's classpath; set namingStrategy to override)");
        assertThat(result.summary()).containsExactly(
                "+ table book_shelf (2 columns)",
                "+ table book_shelf_near_shelves (2 columns)",
                "+ foreign key fk7j8u23v70e5r61mxuwyylq5hb on book_shelf_near_shelves (book_shelf_id) -> book_shelf (id)",
                "+ foreign key fkham8qhwoslxtpwue9rtqfvboh on book_shelf_near_shelves (near_shelves_id) -> book_shelf (id)");
    }
}
