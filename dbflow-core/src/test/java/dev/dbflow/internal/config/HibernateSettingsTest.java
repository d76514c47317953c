package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9: the Hibernate settings a Spring Boot application maps its entities with, read as Spring Boot reads them. */
class HibernateSettingsTest {

    @TempDir
    Path project;

    private void write(String file, String text) throws Exception {
        Path path = project.resolve("src/main/resources").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private HibernateSettings read(Map<String, String> environment, String profile) {
        return HibernateSettings.read(ApplicationSettings.read(new ApplicationProject(project, List.of(), environment,
                profile)), PersistenceXml.NONE);
    }

    @Test
    void withoutApplicationFilesNothing() {
        assertThat(read(Map.of(), null).isEmpty()).isTrue();
    }

    @Test
    void namingDialectAndDdlPropertiesFromYamlWithAProfileOnTop() throws Exception {
        write("application.yml", """
                spring:
                  jpa:
                    database-platform: org.hibernate.dialect.PostgreSQLDialect
                    hibernate:
                      ddl-auto: validate
                      naming:
                        physical-strategy: com.acme.PrefixedNaming
                    properties:
                      hibernate:
                        globally_quoted_identifiers: true
                        type.preferred_instant_jdbc_type: TIMESTAMP
                        connection.provider_class: com.acme.NeverRead
                ---
                spring.config.activate.on-profile: utc
                spring.jpa.properties.hibernate.timezone.default_storage: ${STORAGE:NORMALIZE_UTC}
                """);

        HibernateSettings settings = read(Map.of(), "utc");

        assertThat(settings.settings()).containsExactly(
                Map.entry("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect"),
                Map.entry("hibernate.globally_quoted_identifiers", "true"),
                Map.entry("hibernate.physical_naming_strategy", "com.acme.PrefixedNaming"),
                Map.entry("hibernate.timezone.default_storage", "NORMALIZE_UTC"),
                Map.entry("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP"));
        assertThat(settings.sources()).containsEntry("hibernate.timezone.default_storage",
                "spring.jpa.properties.hibernate.timezone.default_storage in src/main/resources/application.yml "
                        + "(profile utc)")
                .containsEntry("hibernate.physical_naming_strategy",
                        "spring.jpa.hibernate.naming.physical-strategy in src/main/resources/application.yml");
    }

    @Test
    void springsOwnNamingKeyWinsOverTheSameSettingInProperties() throws Exception {
        write("application.properties", """
                spring.jpa.properties.hibernate.implicit_naming_strategy=com.acme.FromProperties
                spring.jpa.hibernate.naming.implicit-strategy=com.acme.FromSpringKey
                """);

        HibernateSettings settings = read(Map.of(), null);

        assertThat(settings.settings()).containsExactly(
                Map.entry("hibernate.implicit_naming_strategy", "com.acme.FromSpringKey"));
        assertThat(settings.sources()).containsExactly(Map.entry("hibernate.implicit_naming_strategy",
                "spring.jpa.hibernate.naming.implicit-strategy in src/main/resources/application.properties"));
    }

    @Test
    void aPlaceholderNamingAnotherSettingOfTheFilesIsResolvedFromIt() throws Exception {
        write("application.properties", """
                app.schema=${TENANT:billing}
                spring.jpa.properties.hibernate.default_schema=${app.schema}
                """);

        assertThat(read(Map.of(), null).settings())
                .containsExactly(Map.entry("hibernate.default_schema", "billing"));
        assertThat(read(Map.of("TENANT", "acme"), null).settings())
                .containsExactly(Map.entry("hibernate.default_schema", "acme"));
    }

    @Test
    void springsBracketNotationInPropertiesAndYaml() throws Exception {
        write("application.properties",
                "spring.jpa.properties[hibernate.type.preferred_instant_jdbc_type]=TIMESTAMP\n");
        write("application.yml", """
                spring:
                  jpa:
                    properties:
                      "[hibernate.globally_quoted_identifiers]": true
                """);

        HibernateSettings settings = read(Map.of(), null);

        assertThat(settings.settings()).containsExactly(
                Map.entry("hibernate.globally_quoted_identifiers", "true"),
                Map.entry("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP"));
        assertThat(settings.sources()).containsEntry("hibernate.type.preferred_instant_jdbc_type",
                "spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type in "
                        + "src/main/resources/application.properties");
    }

    @Test
    void aPlaceholderNamingADottedKeyReadsItsEnvironmentVariableFirst() throws Exception {
        write("application.properties", "spring.jpa.properties.hibernate.default_schema=${app.schema-name}\n");

        assertThat(read(Map.of("APP_SCHEMANAME", "billing"), null).settings())
                .containsExactly(Map.entry("hibernate.default_schema", "billing"));
    }

    @Test
    void theProfilesTheBaseFileActivatesApplyWhenNoneIsGivenOtherwise() throws Exception {
        write("application.properties", "spring.profiles.active=utc\n");
        write("application-utc.properties", "spring.jpa.properties.hibernate.timezone.default_storage=NORMALIZE_UTC\n");

        assertThat(read(Map.of(), null).settings())
                .containsExactly(Map.entry("hibernate.timezone.default_storage", "NORMALIZE_UTC"));
        assertThat(read(Map.of("SPRING_PROFILES_ACTIVE", "other"), null).isEmpty()).isTrue();
    }

    @Test
    void theEnvironmentVariableSpringBootMapsToASettingWinsOverTheFiles() throws Exception {
        write("application.properties", "spring.jpa.hibernate.naming.physical-strategy=com.acme.FromFile\n");

        HibernateSettings settings = read(
                Map.of("SPRING_JPA_HIBERNATE_NAMING_PHYSICALSTRATEGY", "com.acme.FromEnvironment"), null);

        assertThat(settings.settings()).containsExactly(
                Map.entry("hibernate.physical_naming_strategy", "com.acme.FromEnvironment"));
        assertThat(settings.sources()).containsExactly(Map.entry("hibernate.physical_naming_strategy",
                "spring.jpa.hibernate.naming.physical-strategy in environment variable "
                        + "SPRING_JPA_HIBERNATE_NAMING_PHYSICALSTRATEGY"));
    }

    @Test
    void theProfilesANestedYamlBaseDocumentActivatesApplyAndItsOwnSettingsStay() throws Exception {
        write("application.yml", """
                spring:
                  profiles:
                    active: utc
                  jpa:
                    database-platform: org.hibernate.dialect.PostgreSQLDialect
                """);
        write("application-utc.yml", "spring.jpa.properties.hibernate.timezone.default_storage: NORMALIZE_UTC\n");

        assertThat(read(Map.of(), null).settings()).containsExactly(
                Map.entry("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect"),
                Map.entry("hibernate.timezone.default_storage", "NORMALIZE_UTC"));
    }

    @Test
    void anUnsetPlaceholderNamesTheEnvironmentVariableSpringBootWouldRead() throws Exception {
        write("application.properties", "spring.jpa.properties.hibernate.default_schema=${app.schema}\n");

        assertThatThrownBy(() -> read(Map.of(), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("spring.jpa.properties.hibernate.default_schema in src/main/resources/application.properties "
                        + "is '${app.schema}', but neither the environment variable APP_SCHEMA nor a setting app.schema "
                        + "is set and the placeholder has no default. Set APP_SCHEMA, or give the setting in the "
                        + "application's settings.");
    }

    @Test
    void placeholdersInACycleAreAnError() throws Exception {
        write("application.properties", """
                a=${b}
                b=${a}
                spring.jpa.properties.hibernate.default_schema=${a}
                """);

        assertThatThrownBy(() -> read(Map.of(), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("a in src/main/resources/application.properties is part of a cycle of placeholders that "
                        + "refer to each other. Give one of them a value, or give the setting in the application's settings.");
    }
}
