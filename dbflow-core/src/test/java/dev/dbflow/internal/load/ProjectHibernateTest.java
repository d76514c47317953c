package dev.dbflow.internal.load;

import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.generate.GenerateJob;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestClasspath;
import dev.dbflow.testing.TestShadow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 9: a project that brings its own hibernate-core gets its mapping built by that Hibernate, in a class loader
 * of its own, with the Hibernate settings the application runs with. The project's Hibernate here is a second copy
 * of dbflow's version (this build has no other); the Spring Boot 4 IT runs the same path on Hibernate 7.
 */
class ProjectHibernateTest {

    private static final String VERSION = org.hibernate.Version.getVersionString();

    private static final Map<String, String> SOURCES = Map.of(
            "org/springframework/boot/SpringApplication.java",
            "package org.springframework.boot; public class SpringApplication {}",
            "app/AuditEvent.java", """
                    package app;

                    import dev.dbflow.annotations.Policy;
                    import dev.dbflow.annotations.RowLevelSecurity;
                    import jakarta.persistence.*;

                    @Entity
                    @RowLevelSecurity
                    @Policy(name = "own_events", using = "owner = current_user")
                    public class AuditEvent {
                        @Id Long id;
                        String owner;
                        java.time.Instant happenedAt;
                    }
                    """);

    @TempDir
    Path project;

    @Test
    void theProjectsHibernateRunsInAClassLoaderOfItsOwn() {
        Path classes = EntityCompiler.compile(SOURCES, project.resolve("target/classes"));
        try (ProjectClasses projectClasses = ProjectClasses.open(classes, TestClasspath.everything(classes));
             HibernateRuntime hibernate = HibernateRuntime.of(projectClasses)) {
            assertThat(hibernate.isProjects()).isTrue();
            assertThat(hibernate.describe()).isEqualTo("Hibernate ORM " + VERSION + " (the project's)");
            assertThat(loadVersionClass(hibernate)).isNotSameAs(org.hibernate.Version.class);
        }
    }

    @Test
    void withoutHibernateCoreDbflowsOwnRunsInTheSameLoaderAsTheProjectsClassesAndWhatTheyIntegrateWith()
            throws Exception {
        Path classes = EntityCompiler.compile(SOURCES, project.resolve("target/classes"));
        try (ProjectClasses projectClasses = ProjectClasses.open(classes, TestClasspath.jpaWithValidation(classes));
             HibernateRuntime hibernate = HibernateRuntime.of(projectClasses)) {
            assertThat(hibernate.isProjects()).isFalse();
            assertThat(hibernate.describe()).isEqualTo("Hibernate ORM " + VERSION
                    + " (dbflow's own: no hibernate-core on the project's classpath)");
            Class<?> version = loadVersionClass(hibernate);
            assertThat(version).isNotSameAs(org.hibernate.Version.class);
            assertThat(Path.of(version.getProtectionDomain().getCodeSource().getLocation().toURI()))
                    .isEqualTo(HibernateJars.of(getClass().getClassLoader()).get("org.hibernate.orm:hibernate-core"));
            // Hibernate, the entities and Hibernate Validator meet in one loader; the rest of dbflow is not there.
            assertThat(hibernate.loader().loadClass("org.hibernate.validator.HibernateValidator").getClassLoader())
                    .isSameAs(version.getClassLoader()).isSameAs(hibernate.loader().loadClass("app.AuditEvent")
                            .getClassLoader());
            assertThatThrownBy(() -> hibernate.loader().loadClass("liquibase.Liquibase"))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void theApplicationsHibernateSettingsAndNamingShapeTheChangeset() {
        Path classes = EntityCompiler.compile(SOURCES, project.resolve("target/classes"));
        RecordingListener listener = new RecordingListener();
        GenerateRequest request = new GenerateRequest(classes, TestClasspath.everything(classes), List.of(), null,
                TestShadow.spec(), project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml"), null,
                "events", "tester", null, null, SafetyOptions.strict(), null, null,
                Map.of("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl",
                        "hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP"));

        GenerateResult result = new GenerateJob(listener).run(request);

        assertThat(listener.lines()).startsWith(
                "Mapping: Hibernate ORM " + VERSION + " (the project's)",
                "Naming strategy: physical org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl (from "
                        + "the application's Hibernate naming settings; set namingStrategy to override)");
        // Standard physical naming keeps happenedAt (folded by PostgreSQL); TIMESTAMP drops the time zone.
        assertThat(result.summary()).containsExactly(
                "+ table auditevent (3 columns)",
                "~ row level security on auditevent: off -> on",
                "+ policy own_events on auditevent (ALL to public) USING ((owner)::text = CURRENT_USER)");
        assertThat(result.changesetFile()).isPresent();
        assertThat(result.changesetFile().get()).content().contains("name: happenedat", "type: timestamp(6)")
                .doesNotContain("with time zone");
    }

    @Test
    void hibernateOlderThanSixIsRefusedByVersion() {
        assertThat(HibernateRuntime.supported("5.6.15.Final")).isFalse();
        assertThat(HibernateRuntime.supported("6.0.2.Final")).isTrue();
        assertThat(HibernateRuntime.supported("7.4.15.Final")).isTrue();
    }

    private static Class<?> loadVersionClass(HibernateRuntime hibernate) {
        try {
            return hibernate.loader().loadClass("org.hibernate.Version");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
