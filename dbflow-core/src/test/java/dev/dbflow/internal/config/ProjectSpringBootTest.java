package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.config.source.ApplicationEnvironment;
import dev.dbflow.internal.config.source.Setting;
import dev.dbflow.internal.config.source.SettingsQuery;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 16: the application's settings, read by the project's own Spring Boot 3 or 4 from its build output. */
class ProjectSpringBootTest {

    private static final List<String> KEYS = List.of("spring.datasource.url", "spring.liquibase.contexts",
            "spring.liquibase.change-log");

    @TempDir
    Path project;

    private void write(String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    static List<Path> classpath(Path project, String boot) {
        List<Path> classpath = new ArrayList<>(List.of(project.resolve("target/classes")));
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("dbflow.test.springBoot" + boot)))) {
            jars.sorted().forEach(classpath::add);
        } catch (IOException e) {
            throw new IllegalStateException("mvn generate-test-resources copies Spring Boot " + boot, e);
        }
        return classpath;
    }

    private ApplicationEnvironment read(String boot, Map<String, String> environment, String profiles) {
        return ProjectSpringBoot.read(classpath(project, boot), new SettingsQuery(project, environment, profiles,
                KEYS, List.of("spring.jpa.properties")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "4"})
    void profilesGroupsOnProfileDocumentsPlaceholdersAndOrigins(String boot) throws IOException {
        write("target/classes/config/application.yml", """
                spring:
                  profiles:
                    active: dev
                    group:
                      dev: [local-db, api-docs]
                  jpa:
                    properties:
                      hibernate.type.preferred_instant_jdbc_type: TIMESTAMP
                      "[hibernate.default_schema]": app
                ---
                spring:
                  config.activate.on-profile: '!api-docs'
                  liquibase.contexts: never-read
                """);
        write("target/classes/config/application-dev.yml", """
                spring:
                  liquibase:
                    contexts: dev, faker
                """);
        write("target/classes/config/application-local-db.properties",
                "spring.datasource.url=jdbc:postgresql://localhost:${APP_DB_PORT:5432}/app\n");
        // The unfiltered source is not what the application reads.
        write("src/main/resources/config/application-dev.yml", "spring.liquibase.contexts: '@contexts@'\n");

        ApplicationEnvironment environment = read(boot, Map.of("APP_DB_PORT", "6543"), null);

        assertThat(environment.library()).isEqualTo("Spring Boot " + (boot.equals("3") ? "3.5.7" : "4.0.7"));
        assertThat(environment.activeProfiles()).containsExactly("dev", "local-db", "api-docs");
        assertThat(environment.settings()).containsOnly(
                Map.entry("spring.liquibase.contexts", new Setting("dev, faker",
                        "classpath:config/application-dev.yml")),
                Map.entry("spring.datasource.url", new Setting("jdbc:postgresql://localhost:6543/app",
                        "classpath:config/application-local-db.properties")),
                Map.entry("spring.profiles.active", new Setting("dev", "classpath:config/application.yml")),
                Map.entry("spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type",
                        new Setting("TIMESTAMP", "classpath:config/application.yml")),
                Map.entry("spring.jpa.properties.hibernate.default_schema",
                        new Setting("app", "classpath:config/application.yml")));
        assertThat(environment.unmatchedProfiles()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "4"})
    void environmentVariablesBindRelaxedAndDbflowsProfileWins(String boot) throws IOException {
        write("target/classes/application.properties", """
                spring.profiles.active=dev
                spring.liquibase.change-log=classpath:db/master.xml
                """);
        write("target/classes/application-dev.properties", "spring.liquibase.contexts=dev\n");
        write("config/application-qa.yml", "spring.liquibase.contexts: [qa, smoke]\n");

        ApplicationEnvironment environment = read(boot,
                Map.of("SPRING_LIQUIBASE_CHANGELOG", "classpath:db/other.xml"), "qa,typo");

        assertThat(environment.activeProfiles()).containsExactly("qa", "typo");
        assertThat(environment.settings()).containsOnly(
                Map.entry("spring.liquibase.change-log", new Setting("classpath:db/other.xml",
                        "environment variable SPRING_LIQUIBASE_CHANGELOG")),
                Map.entry("spring.liquibase.contexts", new Setting("qa,smoke", "config/application-qa.yml")),
                Map.entry("spring.profiles.active", new Setting("qa,typo", "-Ddbflow.profile")));
        assertThat(environment.unmatchedProfiles()).containsExactly("typo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "4"})
    void importsAreFollowedAndAnUnresolvedPlaceholderIsLeftAsWritten(String boot) throws IOException {
        write("target/classes/application.yml", "spring.config.import: classpath:database.yml\n");
        write("target/classes/database.yml", "spring.datasource.url: ${DATABASE_JDBC_URL}\n");

        ApplicationEnvironment environment = read(boot, Map.of(), null);

        assertThat(environment.settings()).containsOnly(Map.entry("spring.datasource.url",
                new Setting("${DATABASE_JDBC_URL}", "classpath:database.yml")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "4"})
    void aMissingImportIsSpringBootsOwnError(String boot) throws IOException {
        write("target/classes/application.yml", "spring.config.import: classpath:missing.yml\n");

        assertThatThrownBy(() -> read(boot, Map.of(), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Spring Boot " + (boot.equals("3") ? "3.5.7" : "4.0.7") + " cannot read the "
                        + "application's settings (reading classpath:application.yml): Config data resource 'class "
                        + "path resource [missing.yml]' via location 'classpath:missing.yml' cannot be found. Fix the file or setting named there: "
                        + "dbflow reads the application's settings the way the application does at start-up.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "4"})
    void malformedYamlIsSpringBootsOwnError(String boot) throws IOException {
        write("target/classes/application.yml", "spring:\n  datasource: [unclosed\n");

        assertThatThrownBy(() -> read(boot, Map.of(), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Spring Boot " + (boot.equals("3") ? "3.5.7" : "4.0.7") + " cannot read the "
                        + "application's settings (reading classpath:application.yml): while parsing a flow sequence: "
                        + "expected ',' or ']', but got <stream end> at line 2, column 15. Fix the file or setting "
                        + "named there: dbflow reads the application's settings the way the application does at "
                        + "start-up.");
    }
}
