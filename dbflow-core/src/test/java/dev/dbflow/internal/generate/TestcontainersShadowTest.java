package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Testcontainers shadow: it works where Docker exists and fails clearly where it does not. */
class TestcontainersShadowTest {

    private static final Map<String, String> MODEL = Map.of("app/Item.java",
            "package app; @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; String name; }");

    @TempDir
    Path dir;

    @Test
    void generatesOnAContainerWhereDockerExists() {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "no Docker engine on this machine");

        GenerateResult result = generate();

        assertThat(result.summary()).containsExactly("+ table item (2 columns)");
    }

    @Test
    void failsClearlyWithoutDocker() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available");

        assertThatThrownBy(this::generate)
                .isInstanceOf(InfrastructureException.class)
                .hasMessageStartingWith("The Testcontainers shadow database (image postgres:17) could not start: ")
                .hasMessageEndingWith(" The 'shadow' setting (-Ddbflow.shadow) chooses the server: 'embedded' "
                        + "(default, PostgreSQL binaries shipped with dbflow), 'testcontainers' (needs a Docker engine;"
                        + " image from shadowImage) or a jdbc:postgresql://host:port/database URL of a server where "
                        + "the user may create and drop databases.");
    }

    private GenerateResult generate() {
        Path classes = EntityCompiler.compile(MODEL, dir.resolve("target/classes"));
        GenerateRequest request = new GenerateRequest(classes, List.of(classes), List.of(), "hibernate",
                ShadowSpec.parse("testcontainers", null, null, null), new ModelProject(dir).master(), null, "x", "t");
        return new GenerateJob(new RecordingListener()).run(request);
    }
}
