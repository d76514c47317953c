package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.ShadowSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both URL forms, converted to the JDBC URL dbflow connects with, as every setting that takes a URL reads them. */
class PostgresUrlTest {

    private static final String PARAMETER = "parameter url (-Ddbflow.url)";

    @Test
    void libpqFormWithPortAndCredentials() {
        assertThat(PostgresUrl.parse("postgresql://app:s3cret@db.example.com:5433/app", PARAMETER))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db.example.com:5433/app", "db.example.com", 5433, "app",
                        "app", "s3cret"));
    }

    @Test
    void postgresSchemeWithoutPortGetsTheDefaultPort() {
        assertThat(PostgresUrl.parse("postgres://app@db/app", PARAMETER))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db:5432/app", "db", 5432, "app", "app", null));
    }

    @Test
    void libpqQueryParametersStayAndItsCredentialsMoveOut() {
        assertThat(PostgresUrl.parse("postgresql://db/app?sslmode=require&user=app&password=x%2By&connect_timeout=5",
                PARAMETER)).isEqualTo(new PostgresUrl("jdbc:postgresql://db:5432/app?sslmode=require&connect_timeout=5",
                        "db", 5432, "app", "app", "x+y"));
    }

    @Test
    void percentEncodedUserAndPasswordAreDecodedAsLibpqDoes() {
        assertThat(PostgresUrl.parse("postgresql://us%40r:p%40ss%3Aw%2Fd+x@db:5432/app", PARAMETER))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db:5432/app", "db", 5432, "app", "us@r", "p@ss:w/d+x"));
    }

    @Test
    void jdbcFormStaysAsWrittenWithoutItsCredentials() {
        assertThat(PostgresUrl.parse("jdbc:postgresql://db/app?user=app&password=p%40ss&sslmode=require", PARAMETER))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db/app?sslmode=require", "db", 5432, "app", "app",
                        "p@ss"));
        assertThat(PostgresUrl.parse("jdbc:postgresql://db:5433/app", PARAMETER))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db:5433/app", "db", 5433, "app", null, null));
    }

    @Test
    void aMalformedPortIsReportedNamingTheSetting() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://app:hunter2@db:54x2/app", PARAMETER))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The database URL 'postgresql://app:****@db:54x2/app' from parameter url (-Ddbflow.url) is "
                        + "malformed: the port of 'db:54x2' is not a number from 1 to 65535. Give a URL of the form "
                        + "jdbc:postgresql://host:5432/database or postgresql://user:password@host:5432/database.");
        assertThatThrownBy(() -> PostgresUrl.parse("jdbc:postgresql://db:70000/app", "the setting 'shadow' "
                + "(-Ddbflow.shadow)"))
                .hasMessage("The database URL 'jdbc:postgresql://db:70000/app' from the setting 'shadow' "
                        + "(-Ddbflow.shadow) is malformed: the port of 'db:70000' is not a number from 1 to 65535. Give "
                        + "a URL of the form jdbc:postgresql://host:5432/database or "
                        + "postgresql://user:password@host:5432/database.");
    }

    @Test
    void aMalformedEscapeIsReportedWithoutThePassword() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://app:pa%zz@db/app", PARAMETER))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The database URL 'postgresql://app:****@db/app' from parameter url (-Ddbflow.url) has a "
                        + "malformed %-escape; write each special character of the user name or password as % and two "
                        + "hex digits, e.g. @ as %40.");
    }

    @Test
    void theShadowSettingTakesTheLibpqFormAndItsCredentialsUnlessGivenApart() {
        assertThat(ShadowSpec.parse("postgresql://shadow:pw@db:5433/postgres", null, null, null))
                .isEqualTo(new ShadowSpec(ShadowSpec.Kind.JDBC_URL, null, "jdbc:postgresql://db:5433/postgres",
                        "shadow", "pw"));
        assertThat(ShadowSpec.parse("postgres://shadow:pw@db/postgres", null, "admin", "secret"))
                .isEqualTo(new ShadowSpec(ShadowSpec.Kind.JDBC_URL, null, "jdbc:postgresql://db:5432/postgres",
                        "admin", "secret"));
    }
}
