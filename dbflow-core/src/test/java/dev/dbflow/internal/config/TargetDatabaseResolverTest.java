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

class TargetDatabaseResolverTest {

    @TempDir
    Path project;

    @Test
    void parameterUrlWinsOverEveryOtherSource() throws IOException {
        springProperties("spring.datasource.url=jdbc:postgresql://spring-host/spring_db\n");

        TargetDatabase target = resolve(targetSettings("jdbc:postgresql://db.example.com:5433/app", "app",
                "s3cret", "prod", "server-user", "server-pass",
                Map.of("DATABASE_URL", "postgresql://env:envpass@env-host/env_db")));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://db.example.com:5433/app", "app",
                "s3cret", "parameter url"));
    }

    @Test
    void credentialsInTheParameterUrlMoveIntoTheRecordAndOtherParametersStay() {
        TargetDatabase target = resolve(settings(
                "jdbc:postgresql://db:5432/app?user=app&password=p%40ss%2Bw&sslmode=require&ApplicationName=x",
                null, null, Map.of()));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://db:5432/app?sslmode=require&ApplicationName=x",
                "app", "p@ss+w", "parameter url"));
    }

    @Test
    void settingsServerCredentialsCombineWithTheParameterUrl() {
        TargetDatabase target = resolve(targetSettings("jdbc:postgresql://db/app", null, null, "prod",
                "deployer", "from-settings", Map.of()));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://db/app", "deployer", "from-settings",
                "parameter url, credentials from settings.xml server 'prod'"));
    }

    @Test
    void explicitUsernameAndPasswordWinOverTheSettingsServer() {
        TargetDatabase target = resolve(targetSettings("jdbc:postgresql://db/app", "me", "mine", "prod",
                "deployer", "from-settings", Map.of()));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://db/app", "me", "mine", "parameter url"));
    }

    @Test
    void settingsServerCredentialsWinOverThoseInDatabaseUrl() {
        TargetDatabase target = resolve(targetSettings(null, null, null, "prod", "deployer", "from-settings",
                Map.of("DATABASE_URL", "postgresql://env:envpass@env-host/env_db")));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://env-host:5432/env_db", "deployer",
                "from-settings", "DATABASE_URL, credentials from settings.xml server 'prod'"));
    }

    @Test
    void aServerIdWithoutAServerIsReported() {
        assertThatThrownBy(() -> resolve(targetSettings("jdbc:postgresql://db/app", null, null, "prod", null,
                null, Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The setting 'serverId' (-Ddbflow.serverId) is 'prod', but settings.xml has no <server> "
                        + "with that id holding a username or password. Add <server><id>prod</id><username>...</username>"
                        + "<password>...</password></server> to ~/.m2/settings.xml, or remove the serverId setting.");
    }

    @Test
    void aServerIdWithoutAnyUrlIsReported() {
        assertThatThrownBy(() -> resolve(targetSettings(null, null, null, "prod", "deployer", "pw", Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The settings.xml server 'prod' (-Ddbflow.serverId) gives the user name and password, but "
                        + "no database URL is configured. Set -Ddbflow.url=jdbc:postgresql://host:5432/database, the "
                        + "DATABASE_URL environment variable, or the application's own datasource "
                        + "(spring.datasource.url, quarkus.datasource.jdbc.url).");
    }

    @Test
    void databaseUrlInLibpqFormIsDecodedAndGetsAJdbcUrl() {
        TargetDatabase target = resolve(settings(null, null, null,
                Map.of("DATABASE_URL", "postgresql://app_user:p%40ss%3Aw%2Fd+x@db.internal:5433/manageros_test")));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://db.internal:5433/manageros_test",
                "app_user", "p@ss:w/d+x", "DATABASE_URL"));
    }

    @Test
    void databaseUrlInHerokuFormGetsTheDefaultPortAndKeepsItsParameters() {
        TargetDatabase target = resolve(settings(null, null, null,
                Map.of("DATABASE_URL", "postgres://u:pw@ec2-1-2-3-4.compute.amazonaws.com/d1a2b3?sslmode=require")));

        assertThat(target).isEqualTo(new TargetDatabase(
                "jdbc:postgresql://ec2-1-2-3-4.compute.amazonaws.com:5432/d1a2b3?sslmode=require", "u", "pw",
                "DATABASE_URL"));
    }

    @Test
    void databaseUrlInJdbcFormWinsOverSpringProperties() throws IOException {
        springProperties("spring.datasource.url=jdbc:postgresql://spring-host/spring_db\n");

        TargetDatabase target = resolve(settings(null, null, null,
                Map.of("DATABASE_URL", "jdbc:postgresql://localhost:5432/app?user=app&password=secret")));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://localhost:5432/app", "app", "secret",
                "DATABASE_URL"));
    }

    @Test
    void springApplicationProperties() throws IOException {
        springProperties("""
                spring.datasource.url=jdbc:postgresql://localhost:5432/shop
                spring.datasource.username=shop
                spring.datasource.password=${SHOP_DB_PASSWORD:dev-only}
                """);

        assertThat(resolve(settings(null, null, null, Map.of()))).isEqualTo(new TargetDatabase(
                "jdbc:postgresql://localhost:5432/shop", "shop", "dev-only",
                "spring.datasource.url in src/main/resources/application.properties"));
        assertThat(resolve(settings(null, null, null, Map.of("SHOP_DB_PASSWORD", "from-env"))).password())
                .isEqualTo("from-env");
    }

    @Test
    void springApplicationYmlWithNestedKeysPlaceholdersAndAProfileDocumentThatIsIgnored() throws IOException {
        springFile("application.yml", """
                spring:
                  application:
                    name: shop
                  datasource:
                    url: jdbc:postgresql://${DB_HOST:localhost}:${DB_PORT:5432}/shop
                    username: ${DB_USER}
                    password: ${DB_PASSWORD}
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  datasource:
                    url: jdbc:postgresql://prod-host/shop
                """);

        TargetDatabase target = resolve(settings(null, null, null,
                Map.of("DB_HOST", "db.local", "DB_USER", "shop", "DB_PASSWORD", "pw")));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://db.local:5432/shop", "shop", "pw",
                "spring.datasource.url in src/main/resources/application.yml"));
    }

    @Test
    void aProfileFileAppliesOnTopOfTheBaseFileKeyByKey() throws IOException {
        springProperties("""
                spring.datasource.url=jdbc:postgresql://localhost:5432/shop
                spring.datasource.username=shop
                spring.datasource.password=base-pw
                """);
        springFile("application-dev.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://dev-host:5432/shop_dev
                """);
        springFile("application-local.properties", "spring.datasource.password=local-pw\n");

        assertThat(resolve(withProfiles("dev", Map.of()))).isEqualTo(new TargetDatabase(
                "jdbc:postgresql://dev-host:5432/shop_dev", "shop", "base-pw",
                "spring.datasource.url in src/main/resources/application-dev.yml"));
        assertThat(resolve(withProfiles("dev, local", Map.of())).password()).isEqualTo("local-pw");
        assertThat(resolve(withProfiles(null, Map.of("SPRING_PROFILES_ACTIVE", "dev"))).jdbcUrl())
                .isEqualTo("jdbc:postgresql://dev-host:5432/shop_dev");
        assertThat(resolve(withProfiles("", Map.of("SPRING_PROFILES_ACTIVE", "dev"))).jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/shop");
    }

    @Test
    void aProfileDocumentOfApplicationYmlAppliesWhenItsProfileIsActive() throws IOException {
        springFile("application.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost/shop
                    username: shop
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  datasource:
                    url: jdbc:postgresql://prod-host/shop
                ---
                spring:
                  profiles: staging
                  datasource:
                    url: jdbc:postgresql://staging-host/shop
                """);
        springFile("application-staging.properties", "spring.datasource.url=jdbc:postgresql://file-wins/shop\n");

        assertThat(resolve(withProfiles("prod", Map.of()))).isEqualTo(new TargetDatabase(
                "jdbc:postgresql://prod-host/shop", "shop", null,
                "spring.datasource.url in src/main/resources/application.yml (profile prod)"));
        assertThat(resolve(withProfiles("staging", Map.of())).jdbcUrl()).isEqualTo("jdbc:postgresql://file-wins/shop");
        assertThat(resolve(withProfiles("qa", Map.of())).jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/shop");
    }

    @Test
    void springApplicationYamlWithFlatKeys() throws IOException {
        springFile("application.yaml", """
                spring.datasource.url: jdbc:postgresql://localhost/flat
                spring.datasource.username: flat
                spring.datasource.password: 12345
                """);

        assertThat(resolve(settings(null, null, null, Map.of()))).isEqualTo(new TargetDatabase(
                "jdbc:postgresql://localhost/flat", "flat", "12345",
                "spring.datasource.url in src/main/resources/application.yaml"));
    }

    @Test
    void applicationPropertiesWinsOverApplicationYmlKeyByKey() throws IOException {
        springProperties("spring.datasource.url=jdbc:postgresql://localhost/from_properties\n");
        springFile("application.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost/from_yml
                    username: yml_user
                """);

        assertThat(resolve(settings(null, null, null, Map.of()))).isEqualTo(new TargetDatabase(
                "jdbc:postgresql://localhost/from_properties", "yml_user", null,
                "spring.datasource.url in src/main/resources/application.properties"));
    }

    @Test
    void anUnsetPlaceholderWithoutDefaultIsReported() throws IOException {
        springProperties("spring.datasource.url=${JDBC_DATABASE_URL}\n");

        assertThatThrownBy(() -> resolve(settings(null, null, null, Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("spring.datasource.url in src/main/resources/application.properties is "
                        + "'${JDBC_DATABASE_URL}', but neither the environment variable JDBC_DATABASE_URL nor a setting "
                        + "JDBC_DATABASE_URL is set and the placeholder has no default. Set JDBC_DATABASE_URL, or give "
                        + "the target database with -Ddbflow.url.");
    }

    @Test
    void malformedApplicationYmlIsReportedWithItsLine() throws IOException {
        Path file = springFile("application.yml", "spring:\n  datasource:\n    url: [unclosed\n");

        assertThatThrownBy(() -> resolve(settings(null, null, null, Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The file " + file + " is not valid YAML at line 4: expected ',' or ']', but got "
                        + "<stream end>. Fix it: dbflow reads Spring Boot's datasource, Liquibase and JPA settings there.");
    }

    @Test
    void anEmptySpringUrlNamesNoDatabase() throws IOException {
        springProperties("spring.datasource.url=\nspring.datasource.username=app\n");

        assertThatThrownBy(() -> resolve(settings(null, null, null, Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("No target database is configured. Give one in any of these ways:");
    }

    @Test
    void nothingConfiguredListsTheFourWays() {
        assertThatThrownBy(() -> resolve(settings(null, null, null, Map.of("PATH", "/usr/bin"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("No target database is configured. Give one in any of these ways: the parameter "
                        + "-Ddbflow.url=jdbc:postgresql://host:5432/database with -Ddbflow.username and "
                        + "-Ddbflow.password; -Ddbflow.serverId=<id> with a <server> of that id in "
                        + "~/.m2/settings.xml holding the username and password; the DATABASE_URL environment "
                        + "variable, in JDBC form or as postgresql://user:pass@host:port/db; or the application's own "
                        + "datasource: spring.datasource.url (with spring.datasource.username and "
                        + "spring.datasource.password) in its Spring Boot settings, or quarkus.datasource.jdbc.url in "
                        + "its application.properties.");
    }

    @Test
    void aNonPostgresParameterUrlIsReportedWithItsPasswordMasked() {
        assertThatThrownBy(() -> resolve(settings("jdbc:mysql://db/app?user=app&password=hunter2", null, null,
                Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The database URL 'jdbc:mysql://db/app?user=app&password=****' from parameter url "
                        + "(-Ddbflow.url) is not a PostgreSQL URL; dbflow works with PostgreSQL only. Give a URL of "
                        + "the form jdbc:postgresql://host:5432/database or postgresql://user:password@host:5432/database.")
                .message().doesNotContain("hunter2");
    }

    @Test
    void aNonPostgresDatabaseUrlIsReportedWithItsPasswordMasked() {
        assertThatThrownBy(() -> resolve(settings(null, null, null,
                Map.of("DATABASE_URL", "mysql://app:hunter2@db:3306/app"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The database URL 'mysql://app:****@db:3306/app' from the environment variable "
                        + "DATABASE_URL is not a PostgreSQL URL; dbflow works with PostgreSQL only. Give a URL of the "
                        + "form jdbc:postgresql://host:5432/database or postgresql://user:password@host:5432/database.");
    }

    @Test
    void aNonPostgresSpringUrlNamesTheFile() throws IOException {
        springProperties("spring.datasource.url=jdbc:h2:mem:test\n");

        assertThatThrownBy(() -> resolve(settings(null, null, null, Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("dbflow works with PostgreSQL; this application's spring.datasource.url (in "
                        + "src/main/resources/application.properties) is H2: jdbc:h2:mem:test. Give dbflow a "
                        + "PostgreSQL database with -Ddbflow.url=jdbc:postgresql://host:5432/database or DATABASE_URL, "
                        + "or run it with a profile whose datasource is PostgreSQL (-Ddbflow.profile).");
    }

    @Test
    void passwordsNeverAppearInToString() {
        TargetSettings settings = targetSettings("jdbc:postgresql://db/app?password=urlpass", "app", "parampass",
                "prod", "deployer", "serverpass", Map.of("DATABASE_URL", "postgresql://u:envpass@h/d"));
        TargetDatabase target = resolve(settings);

        assertThat(settings.toString()).doesNotContain("urlpass", "parampass", "serverpass", "envpass");
        assertThat(target.toString()).isEqualTo("TargetDatabase[jdbc:postgresql://db/app, user app, from parameter url]");
    }

    @Test
    void secretsMaskPasswordsInTextAndUrls() {
        assertThat(Secrets.mask("login as app with p@ss failed (p%40ss)", "p@ss"))
                .isEqualTo("login as app with **** failed (****)");
        assertThat(Secrets.maskUrls("jdbc:postgresql://h/db?user=a&password=x%26y&ssl=true and postgres://a:b@c@h/d"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=****&ssl=true and postgres://a:****@h/d");
        assertThat(Secrets.mask("nothing secret", null)).isEqualTo("nothing secret");
    }

    @Test
    void aDatabaseUrlWithoutCredentialsTakesSpringsUsernameAndPassword() throws IOException {
        springProperties("""
                spring.datasource.url=${DATABASE_URL:jdbc:postgresql://localhost/shop}
                spring.datasource.username=${DATABASE_USERNAME:shop}
                spring.datasource.password=${DATABASE_PASSWORD:shop-secret}
                """);

        TargetDatabase target = resolve(settings(null, null, null,
                Map.of("DATABASE_URL", "jdbc:postgresql://db.example.com/shop", "DATABASE_PASSWORD", "from-env")));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://db.example.com/shop", "shop", "from-env",
                "DATABASE_URL, credentials from spring.datasource.username/password"));
    }

    @Test
    void aParameterUrlInLibpqFormWithoutCredentialsTakesSpringsUsernameAndPassword() throws IOException {
        springProperties("spring.datasource.username=shop\nspring.datasource.password=shop-secret\n");

        TargetDatabase target = resolve(settings("postgresql://db.example.com/shop?sslmode=require", null, null,
                Map.of()));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://db.example.com:5432/shop?sslmode=require",
                "shop", "shop-secret", "parameter url, credentials from spring.datasource.username/password"));
    }

    @Test
    void aDatabaseUrlWithoutCredentialsTakesSpringsUsernameAndPasswordEvenWithoutSpringsUrl() throws IOException {
        springProperties("spring.datasource.username=shop\nspring.datasource.password=shop-secret\n");

        TargetDatabase target = resolve(settings(null, null, null,
                Map.of("DATABASE_URL", "jdbc:postgresql://db.example.com/shop")));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://db.example.com/shop", "shop", "shop-secret",
                "DATABASE_URL, credentials from spring.datasource.username/password"));
    }

    @Test
    void springsEnvironmentVariablesNameTheDatabaseAsTheyDoForTheApplication() throws IOException {
        springProperties("spring.datasource.url=jdbc:postgresql://localhost/dev\nspring.datasource.username=dev\n");

        TargetDatabase target = resolve(settings(null, null, null, Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example.com/shop",
                "SPRING_DATASOURCE_PASSWORD", "from-env")));

        assertThat(target).isEqualTo(new TargetDatabase("jdbc:postgresql://db.example.com/shop", "dev", "from-env",
                "spring.datasource.url in environment variable SPRING_DATASOURCE_URL"));
    }

    private TargetSettings settings(String url, String username, String password, Map<String, String> env) {
        return targetSettings(url, username, password, null, null, null, env);
    }

    private TargetSettings withProfiles(String profiles, Map<String, String> env) {
        return new TargetSettings(null, null, null, null, null, null, env, files(env, profiles));
    }

    private TargetSettings targetSettings(String url, String username, String password, String serverId,
                                          String serverUsername, String serverPassword, Map<String, String> env) {
        return new TargetSettings(url, username, password, serverId, serverUsername, serverPassword, env,
                files(env, null));
    }

    /** The application files of a project without Spring Boot, read by dbflow itself. */
    private ApplicationSettings files(Map<String, String> env, String profiles) {
        return ApplicationSettings.read(new ApplicationProject(project, List.of(), env, profiles));
    }

    private static TargetDatabase resolve(TargetSettings settings) {
        return TargetDatabaseResolver.resolve(settings);
    }

    private void springProperties(String text) throws IOException {
        springFile("application.properties", text);
    }

    private Path springFile(String name, String text) throws IOException {
        Path file = project.resolve("src/main/resources/" + name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
