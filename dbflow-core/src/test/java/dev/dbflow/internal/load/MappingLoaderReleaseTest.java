package dev.dbflow.internal.load;

import dev.dbflow.internal.load.mapping.Mapping;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.load.mapping.MappingRequest;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestClasspath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping's class loader, with the Hibernate it loaded, is released when the run ends. Hibernate caches facts about
 * each annotation type on the type itself ({@code ClassValue}); were dbflow's annotations defined by dbflow's loader,
 * every run would leave its loader reachable from them, and a long build (the fuzz run, a Maven daemon) would run out
 * of class space.
 */
class MappingLoaderReleaseTest {

    private static final Map<String, String> SOURCES = Map.of("app/Pet.java", """
            package app;

            import dev.dbflow.annotations.*;
            import jakarta.persistence.*;

            @Entity
            @RowLevelSecurity
            @Policy(name = "own_pets", command = Policy.Command.SELECT, using = "owner = current_user")
            @Policy(name = "admins", roles = "admin", using = "true")
            public class Pet {
                @Id Long id;
                String owner;
                @RenamedFrom("title") String name;
            }
            """);

    @TempDir
    Path project;

    @Test
    void aClosedRuntimeLeavesNothingThatKeepsItsLoaderAfterReadingDbflowsAnnotations() throws Exception {
        Path classes = EntityCompiler.compile(SOURCES, project.resolve("target/classes"));

        WeakReference<ClassLoader> loader = readOnce(classes);
        for (int i = 0; i < 50 && loader.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(loader.get()).as("the mapping's class loader after the run").isNull();
    }

    private static WeakReference<ClassLoader> readOnce(Path classes) {
        try (ProjectClasses projectClasses = ProjectClasses.open(classes, TestClasspath.jpaWithValidation(classes));
             HibernateRuntime hibernate = HibernateRuntime.of(projectClasses)) {
            Mapping mapping = hibernate.read(new MappingRequest(List.of("app.Pet"),
                    "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                    "dev.dbflow.internal.load.hibernate.SpringImplicitNamingStrategy", "17.0", Map.of()),
                    new RecordingListener());
            // The declarations are read through dbflow's types, whichever loader defines the entities' annotations.
            assertThat(DeclaredPolicies.of(mapping.entities()).roles()).containsExactly("admin");
            assertThat(DeclaredRenames.of(mapping.entities(), List.of()).columns()).containsExactly(
                    new DeclaredRenames.ColumnRename(new QualifiedName("public", "pet"), "title", "name"));
            return new WeakReference<>(hibernate.loader());
        }
    }
}
