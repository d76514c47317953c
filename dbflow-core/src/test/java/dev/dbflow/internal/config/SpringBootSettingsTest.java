package dev.dbflow.internal.config;

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

/**
 * Issue 16: with Spring Boot on the project's classpath, every setting dbflow uses comes from what the project's Spring
 * Boot resolved; a JHipster-style layout (config/ directory, filtered profile, a group, the datasource of a profile).
 */
class SpringBootSettingsTest {

    @TempDir
    Path project;

    private void write(String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private ApplicationSettings read(Map<String, String> environment, String profile) {
        return ApplicationSettings.read(new ApplicationProject(project,
                ProjectSpringBootTest.classpath(project, "3"), environment, profile));
    }

    @Test
    void aJhipsterStyleLayoutGivesTheDatabaseContextsAndHibernateSettingsOfTheActiveProfile() throws IOException {
        write("target/classes/config/application.yml", """
                spring:
                  profiles:
                    active: dev
                    group:
                      dev: [api-docs]
                  jpa:
                    properties:
                      hibernate.type.preferred_instant_jdbc_type: TIMESTAMP
                      hibernate.cache.use_second_level_cache: true
                    hibernate:
                      naming:
                        physical-strategy: org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
                """);
        write("target/classes/config/application-dev.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost:5432/app
                    username: app
                  liquibase:
                    contexts: dev, faker
                """);
        write("target/classes/META-INF/persistence.xml", "<persistence><persistence-unit name=\"ignored\">"
                + "<properties><property name=\"hibernate.default_schema\" value=\"never\"/></properties>"
                + "</persistence-unit></persistence>");

        ApplicationSettings settings = read(Map.of(), null);

        assertThat(settings.describe()).isEqualTo("Spring Boot 3.5.7 (the project's), profiles dev, api-docs");
        assertThat(settings.warnings()).isEmpty();
        assertThat(TargetDatabaseResolver.resolve(new TargetSettings(null, null, null, null, null, null, Map.of(),
                settings))).isEqualTo(new TargetDatabase("jdbc:postgresql://localhost:5432/app", "app", null,
                "spring.datasource.url in classpath:config/application-dev.yml"));
        assertThat(ChangelogSetting.filter(null, null, settings, LiquibasePlugin.NONE).describe())
                .isEqualTo("contexts dev, faker (from spring.liquibase.contexts in "
                        + "classpath:config/application-dev.yml), labels any");
        HibernateSettings hibernate = HibernateSettings.read(settings, PersistenceXml.read(
                List.of(project.resolve("target/classes"))));
        assertThat(hibernate.settings()).containsExactly(
                Map.entry("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"),
                Map.entry("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP"));
        assertThat(hibernate.sources()).containsExactly(
                Map.entry("hibernate.physical_naming_strategy", "spring.jpa.hibernate.naming.physical-strategy in "
                        + "classpath:config/application.yml"),
                Map.entry("hibernate.type.preferred_instant_jdbc_type", "spring.jpa.properties.hibernate.type."
                        + "preferred_instant_jdbc_type in classpath:config/application.yml"));
    }

    @Test
    void aProfileThatSelectsNothingIsSaidAndAnUnresolvablePlaceholderIsRefused() throws IOException {
        write("target/classes/application.properties", "spring.datasource.url=${JDBC_DATABASE_URL}\n");

        ApplicationSettings settings = read(Map.of(), "prod");

        assertThat(settings.warnings()).containsExactly("The Spring profile 'prod' (from -Ddbflow.profile) selects "
                + "no application file and no on-profile document, so it changes none of the settings dbflow reads. "
                + "Check its name; the application's own beans may still use it.");
        assertThatThrownBy(() -> TargetDatabaseResolver.resolve(new TargetSettings(null, null, null, null, null, null,
                Map.of(), settings)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("spring.datasource.url in classpath:application.properties is '${JDBC_DATABASE_URL}', "
                        + "but neither the environment variable JDBC_DATABASE_URL nor a setting JDBC_DATABASE_URL is "
                        + "set and the placeholder has no default, so the application would not start either. Set "
                        + "JDBC_DATABASE_URL, or give the target database with -Ddbflow.url.");
    }

    @Test
    void aPlainJpaApplicationsPersistenceXmlGivesItsHibernateSettings() throws IOException {
        write("src/main/resources/META-INF/persistence.xml", """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.1">
                  <persistence-unit name="shop">
                    <properties>
                      <property name="hibernate.type.preferred_instant_jdbc_type" value="TIMESTAMP"/>
                      <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://never-read/db"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """);

        HibernateSettings hibernate = HibernateSettings.read(ApplicationSettings.read(new ApplicationProject(project,
                List.of(), Map.of(), null)), PersistenceXml.read(List.of(project.resolve("src/main/resources"))));

        assertThat(hibernate.settings()).containsExactly(Map.entry("hibernate.type.preferred_instant_jdbc_type",
                "TIMESTAMP"));
        assertThat(hibernate.sources()).containsExactly(Map.entry("hibernate.type.preferred_instant_jdbc_type",
                "META-INF/persistence.xml, persistence unit shop"));
    }
}
