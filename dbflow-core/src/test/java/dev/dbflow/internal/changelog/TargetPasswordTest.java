package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.config.TargetDatabaseResolver;
import dev.dbflow.internal.config.TargetSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A libpq URL given as -Ddbflow.url, on a server that asks for passwords. */
class TargetPasswordTest {

    @Test
    void aMissingPasswordIsReportedAsSuchAndAUrlWithOneConnects(@TempDir Path serverDir) throws Exception {
        Path hba = Files.writeString(serverDir.resolve("pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("create role app login password 'right-Pa55'");
            }
            int port = postgres.getPort();
            TargetDatabase withoutPassword = resolve("postgresql://app@localhost:" + port + "/postgres");

            assertThatThrownBy(() -> TargetConnector.open(withoutPassword))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("The target database 'postgres' at localhost:" + port + " asks for a password for "
                            + "user 'app', but none was given (the URL is from parameter url). Give it with "
                            + "-Ddbflow.password, in the URL (postgresql://user:password@host:5432/database), with "
                            + "-Ddbflow.serverId naming a <server> in ~/.m2/settings.xml, or in ~/.pgpass.");
            try (Connection connection = TargetConnector.open(
                    resolve("postgres://app:right-Pa55@localhost:" + port + "/postgres?sslmode=disable"))) {
                assertThat(connection.getMetaData().getUserName()).isEqualTo("app");
            }
        }
    }

    private static TargetDatabase resolve(String url) {
        return TargetDatabaseResolver.resolve(new TargetSettings(url, null, null, null, null, null, Map.of(), null));
    }
}
