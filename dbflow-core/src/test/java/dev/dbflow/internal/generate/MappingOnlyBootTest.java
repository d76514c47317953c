package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
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

/**
 * Issue 16: Hibernate boots for the mapping only. A named query over an entity dbflow does not map (a Keycloak
 * extension's queries name Keycloak's own entities), a second-level cache setting and a JSON column do not stop it.
 */
class MappingOnlyBootTest {

    @TempDir
    Path project;

    @Test
    void namedQueriesOverUnmappedEntitiesCachesAndJsonColumnsChangeNothing() {
        Path classes = EntityCompiler.compile(Map.of("ext/Realm.java", """
                package ext;

                import jakarta.persistence.*;

                @Entity
                @Cacheable
                @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
                @NamedQuery(name = "realmsOfUser", query = "select r from UserEntity u join u.realms r where u.id = :id")
                public class Realm {
                    @Id Long id;
                    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
                    java.util.Map<String, String> attributes;
                }
                """), project.resolve("target/classes"));
        Path master = project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");

        // With Bean Validation on the classpath dbflow starts a session factory, where Hibernate checks named queries.
        GenerateResult result = new GenerateJob(new RecordingListener()).run(new GenerateRequest(classes,
                TestClasspath.jpaWithValidation(classes), List.of(), "hibernate", TestShadow.spec(), master, null, "realms", "tester", null,
                null, SafetyOptions.strict(), null, null, Map.of("hibernate.cache.use_second_level_cache", "true")));

        assertThat(result.summary()).containsExactly("+ table realm (2 columns)");
    }
}
