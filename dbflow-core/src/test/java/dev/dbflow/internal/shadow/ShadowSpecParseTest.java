package dev.dbflow.internal.shadow;

import dev.dbflow.api.ShadowSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: the {@code shadow} setting also takes Testcontainers' JDBC URL form, naming the image and tag to match
 * production (the container itself needs Docker: {@code TestcontainersShadowTest} runs it where Docker exists).
 */
class ShadowSpecParseTest {

    @Test
    void testcontainersUrlsNameTheImageAndTag() {
        assertThat(ShadowSpec.parse("jdbc:tc:postgresql:16.4:///shadow", null, null, null))
                .isEqualTo(new ShadowSpec(ShadowSpec.Kind.TESTCONTAINERS, "postgres:16.4", null, null, null));
        assertThat(ShadowSpec.parse("jdbc:tc:postgis:16-3.4:///shadow", null, null, null).image())
                .isEqualTo("postgis/postgis:16-3.4");
        assertThat(ShadowSpec.parse("jdbc:tc:postgresql:///shadow", null, null, null).image())
                .isEqualTo("postgres:latest");
    }

    @Test
    void theOtherForms() {
        assertThat(ShadowSpec.parse(null, null, null, null)).isEqualTo(ShadowSpec.embedded());
        assertThat(ShadowSpec.parse("testcontainers", "postgres:15", null, null).image()).isEqualTo("postgres:15");
        assertThat(ShadowSpec.parse("jdbc:postgresql://db:5432/postgres", null, "u", "p").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/postgres");
    }
}
