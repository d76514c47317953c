package dev.dbflow.internal.generate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.testing.ModelProject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A shadow server given in libpq form, on a server that asks for passwords. */
class ShadowPasswordTest {

    @TempDir
    Path dir;

    @Test
    void aMissingShadowPasswordIsReportedAsSuch() throws Exception {
        Path hba = Files.writeString(Files.createDirectories(dir.resolve("server")).resolve("pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("create role shadow login createdb password 'right-Pa55'");
            }
            int port = postgres.getPort();
            ModelProject project = new ModelProject(dir.resolve("project"));
            project.useShadow(ShadowSpec.parse("postgresql://shadow@localhost:" + port + "/postgres", null, null, null));

            assertThatThrownBy(() -> project.generate(Map.of("app/Item.java", "package app; "
                    + "@jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; }"),
                    "hibernate", "item"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("The shadow database server at localhost:" + port + " asks for a password for user "
                            + "'shadow', but none was given. Give it with -Ddbflow.shadowPassword, in the 'shadow' URL "
                            + "(postgresql://user:password@host:5432/postgres), or in ~/.pgpass.");
        }
    }
}
