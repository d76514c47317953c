package dev.dbflow.internal.generate;

import dev.dbflow.api.TargetDatabase;
import dev.dbflow.testing.ModelProject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a target database, generate warns about each role a new policy names that the target lacks. The target is a
 * server of its own: the shadow server creates the roles policies name, and the shared test server is the shadow.
 */
class PolicyRolesInTargetTest {

    private static final Map<String, String> TASK = Map.of("app/Task.java", """
            package app;

            import dev.dbflow.annotations.*;
            import jakarta.persistence.*;

            @Entity
            @RowLevelSecurity
            @Policy(name = "tenant_isolation", roles = {"app_user", "app_reader"}, using = "tenant = current_user")
            @Policy(name = "everyone_reads", command = Policy.Command.SELECT, using = "true")
            public class Task {
                @Id Long id;
                String tenant;
            }
            """);

    @TempDir
    Path dir;

    @Test
    void warnsOnceForEachRoleTheTargetLacksAndNotForOneItHas() throws Exception {
        try (EmbeddedPostgres target = EmbeddedPostgres.builder().start()) {
            try (Connection admin = target.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("create role app_reader nologin");
            }
            ModelProject project = new ModelProject(dir);
            project.useTarget(new TargetDatabase("jdbc:postgresql://localhost:" + target.getPort() + "/postgres",
                    "postgres", null, "test"));

            project.generate(TASK, "hibernate", "policies");

            assertThat(project.listener().lines()).filteredOn(line -> line.startsWith("WARN"))
                    .containsExactly("WARN Policy tenant_isolation on task names the role app_user, which does not "
                            + "exist in the target database 'postgres' at localhost:" + target.getPort() + ": create "
                            + "it (CREATE ROLE app_user) before upgrade, or the changeset will fail there.");
        }
    }
}
