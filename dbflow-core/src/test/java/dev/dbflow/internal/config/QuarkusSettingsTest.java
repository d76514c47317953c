package dev.dbflow.internal.config;

import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.TargetDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 16: a Quarkus application's settings, with Quarkus's profiles, found as Quarkus finds them. */
class QuarkusSettingsTest {

    private static final String PROPERTIES = """
            quarkus.datasource.db-kind=postgresql
            %dev.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:${DB_PORT:5432}/shop
            %dev.quarkus.datasource.username=shop
            %prod.quarkus.datasource.jdbc.url=jdbc:postgresql://prod-db/shop
            quarkus.liquibase.change-log=db/migrations/main.xml
            quarkus.liquibase.contexts=base
            %test.quarkus.liquibase.contexts=test
            quarkus.hibernate-orm.physical-naming-strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
            quarkus.hibernate-orm.mapping.timezone.default-storage=normalize-utc
            quarkus.hibernate-orm.mapping.id.optimizer.default=POOLED_LO
            quarkus.hibernate-orm.quote-identifiers.strategy=all-except-column-definitions
            quarkus.hibernate-orm.unsupported-properties."hibernate.type.preferred_uuid_jdbc_type"=CHAR
            quarkus.hibernate-orm.unsupported-properties."hibernate.order_updates"=true
            """;

    @TempDir
    Path project;

    private void write(String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private ApplicationSettings read(Map<String, String> environment, String profile) {
        return QuarkusSettings.read(new ApplicationProject(project, List.of(project.resolve("target/classes")),
                environment, profile));
    }

    private TargetDatabase target(ApplicationSettings settings) {
        return TargetDatabaseResolver.resolve(new TargetSettings(null, null, null, null, null, null, Map.of(),
                settings));
    }

    @Test
    void theDevProfileByDefaultNeverProdsValues() throws IOException {
        write("target/classes/application.properties", PROPERTIES);

        ApplicationSettings settings = read(Map.of("DB_PORT", "6432"), null);

        assertThat(settings.describe()).isEqualTo("Quarkus application files read by dbflow, profile dev");
        assertThat(target(settings)).isEqualTo(new TargetDatabase("jdbc:postgresql://localhost:6432/shop", "shop",
                null, "quarkus.datasource.jdbc.url in classpath:application.properties (profile dev)"));
        assertThat(ChangelogSetting.resolve(null, new ChangelogSetting.Sources(project, List.of(), settings,
                LiquibasePlugin.NONE))).isEqualTo(new ChangelogSetting.Resolved(
                project.resolve("src/main/resources/db/migrations/main.xml"),
                "quarkus.liquibase.change-log in classpath:application.properties"));
        assertThat(ChangelogSetting.filter(null, null, settings, LiquibasePlugin.NONE)).isEqualTo(
                new ChangelogSetting.Filter(new ChangelogFilter("base", null), "contexts base (from "
                        + "quarkus.liquibase.contexts in classpath:application.properties), labels any"));
        assertThat(settings.warnings()).isEmpty();
    }

    @Test
    void hibernateSettingsInQuarkussSpellingBecomeHibernates() throws IOException {
        write("target/classes/application.properties", PROPERTIES);

        HibernateSettings hibernate = HibernateSettings.read(read(Map.of(), null), PersistenceXml.NONE);

        assertThat(hibernate.settings()).containsExactly(
                Map.entry("hibernate.globally_quoted_identifiers", "true"),
                Map.entry("hibernate.globally_quoted_identifiers_skip_column_definitions", "true"),
                Map.entry("hibernate.id.optimizer.pooled.preferred", "pooled-lo"),
                Map.entry("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"),
                Map.entry("hibernate.timezone.default_storage", "NORMALIZE_UTC"),
                Map.entry("hibernate.type.preferred_uuid_jdbc_type", "CHAR"));
        assertThat(hibernate.sources()).containsEntry("hibernate.type.preferred_uuid_jdbc_type",
                "quarkus.hibernate-orm.unsupported-properties.hibernate.type.preferred_uuid_jdbc_type in "
                        + "classpath:application.properties")
                .containsEntry("hibernate.globally_quoted_identifiers", "quarkus.hibernate-orm.quote-identifiers."
                        + "strategy in classpath:application.properties");
    }

    @Test
    void aProfileAwareFileTheWorkingDirectorysConfigAndEnvironmentVariablesWinInQuarkussOrder() throws IOException {
        write("target/classes/application.properties", PROPERTIES);
        write("target/classes/application-staging.properties", "quarkus.liquibase.contexts=staging\n");
        write("config/application.properties", "quarkus.liquibase.change-log=db/local.xml\n");

        ApplicationSettings settings = read(Map.of("_STAGING_QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://staging-db/shop"), "staging");

        assertThat(settings.value("quarkus.liquibase.contexts", false, "x")).isEqualTo("staging");
        assertThat(settings.place("quarkus.liquibase.contexts"))
                .isEqualTo("classpath:application-staging.properties");
        assertThat(settings.place("quarkus.liquibase.change-log")).isEqualTo("config/application.properties");
        assertThat(target(settings).source()).isEqualTo("quarkus.datasource.jdbc.url in environment variable "
                + "_STAGING_QUARKUS_DATASOURCE_JDBC_URL");
    }

    @Test
    void withoutASettingQuarkussDefaultChangelogAndAProfileThatSelectsNothingIsSaid() throws IOException {
        write("target/classes/application.properties", "quarkus.datasource.db-kind=postgresql\n");

        ApplicationSettings settings = read(Map.of(), "stagign");

        assertThat(ChangelogSetting.resolve(null, new ChangelogSetting.Sources(project, List.of(), settings,
                LiquibasePlugin.NONE))).isEqualTo(new ChangelogSetting.Resolved(
                project.resolve("src/main/resources/db/changeLog.xml"), "Quarkus's default path"));
        assertThat(settings.warnings()).containsExactly("The Quarkus profile 'stagign' (from -Ddbflow.profile or "
                + "QUARKUS_PROFILE) has no %stagign. entry and no application-stagign.properties, so it changes none "
                + "of the settings dbflow reads. Check its name.");
    }

    @Test
    void anUnresolvableExpressionIsNamed() throws IOException {
        write("target/classes/application.properties",
                "quarkus.datasource.jdbc.url=jdbc:postgresql://${DB_HOST}/shop\n");

        assertThatThrownBy(() -> target(read(Map.of(), null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("quarkus.datasource.jdbc.url in classpath:application.properties is "
                        + "'jdbc:postgresql://${DB_HOST}/shop', but neither the environment variable DB_HOST nor a "
                        + "setting DB_HOST is set and the expression has no default. Set DB_HOST, or give the target "
                        + "database with -Ddbflow.url.");
    }
}
