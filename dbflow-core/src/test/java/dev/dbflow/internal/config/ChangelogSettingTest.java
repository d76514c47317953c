package dev.dbflow.internal.config;

import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9: the master changelog is the one Spring Boot applies unless dbflow is told otherwise. */
class ChangelogSettingTest {

    @TempDir
    Path project;

    private void write(String file, String text) throws Exception {
        Path path = project.resolve("src/main/resources").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private ChangelogSetting.Resolved resolve(Path configured, Map<String, String> environment, String profile) {
        return ChangelogSetting.resolve(configured, new ChangelogSetting.Sources(project, List.of(),
                files(environment, profile), LiquibasePlugin.NONE));
    }

    private ChangelogFilter filter(String contexts, String labels) {
        return ChangelogSetting.filter(contexts, labels, files(Map.of(), null), LiquibasePlugin.NONE).filter();
    }

    private ApplicationSettings files(Map<String, String> environment, String profile) {
        return ApplicationSettings.read(new ApplicationProject(project, List.of(), environment, profile));
    }

    @Test
    void withoutSpringSettingsTheDefaultPath() {
        assertThat(resolve(null, Map.of(), null)).isEqualTo(new ChangelogSetting.Resolved(
                project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml"), "Spring Boot's default path"));
    }

    @Test
    void aFileThatIsNoChangelogIsRefusedNamingItsSetting() throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<?xml version=\"1.0\"?>\n<project><modelVersion>4.0.0"
                + "</modelVersion></project>\n");
        write("db/master.yaml", "# the team's master\ndatabaseChangeLog:\n  - include:\n      file: a.yaml\n");

        assertThatThrownBy(() -> resolve(Path.of("pom.xml"), Map.of(), null))
                .isInstanceOf(dev.dbflow.api.ConfigurationException.class)
                .hasMessage("The changelog pom.xml (from parameter changelog) is not a Liquibase changelog: it is no "
                        + "XML, YAML or JSON file whose root is databaseChangeLog, nor formatted SQL. Name the master "
                        + "changelog the application runs.");
        assertThat(resolve(Path.of("src/main/resources/db/master.yaml"), Map.of(), null).file())
                .isEqualTo(project.resolve("src/main/resources/db/master.yaml"));
    }

    @Test
    void theParameterWins() throws Exception {
        write("application.properties", "spring.liquibase.change-log=classpath:/db/master.xml\n");
        assertThat(resolve(Path.of("changes/master.yaml"), Map.of(), null)).isEqualTo(
                new ChangelogSetting.Resolved(project.resolve("changes/master.yaml"), "parameter changelog"));
    }

    @Test
    void springsClasspathFormIsUnderTheResources() throws Exception {
        write("application.properties", "spring.liquibase.change-log=classpath:/db/master.xml\n");
        assertThat(resolve(null, Map.of(), null)).isEqualTo(new ChangelogSetting.Resolved(
                project.resolve("src/main/resources/db/master.xml"),
                "spring.liquibase.change-log in src/main/resources/application.properties"));
    }

    @Test
    void aProfileDocumentAPlaceholderAndThePlainAndFileForms() throws Exception {
        write("application.yml", """
                spring:
                  liquibase:
                    change-log: db/${CHANGELOG_NAME:master}.yaml
                ---
                spring.config.activate.on-profile: legacy
                spring.liquibase.change-log: file:migrations/legacy.yaml
                """);
        assertThat(resolve(null, Map.of(), null).file()).isEqualTo(project.resolve("src/main/resources/db/master.yaml"));
        assertThat(resolve(null, Map.of("CHANGELOG_NAME", "main"), null).file())
                .isEqualTo(project.resolve("src/main/resources/db/main.yaml"));
        assertThat(resolve(null, Map.of("SPRING_PROFILES_ACTIVE", "legacy"), null)).isEqualTo(
                new ChangelogSetting.Resolved(project.resolve("migrations/legacy.yaml"),
                        "spring.liquibase.change-log in src/main/resources/application.yml (profile legacy)"));
    }

    @Test
    void aUrlIsRefused() throws Exception {
        write("application.properties", "spring.liquibase.change-log=https://example.com/master.yaml\n");
        assertThatThrownBy(() -> resolve(null, Map.of(), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("spring.liquibase.change-log in src/main/resources/application.properties is "
                        + "'https://example.com/master.yaml', a resource dbflow cannot read from the project. Use a "
                        + "classpath: path under src/main/resources, or give the master changelog with "
                        + "-Ddbflow.changelog.");
    }

    @Test
    void contextsAndLabelsComeFromSpringUnlessGiven() throws Exception {
        assertThat(filter(null, null)).isEqualTo(ChangelogFilter.NONE);
        write("application.yml", """
                spring.liquibase:
                  contexts: prod
                  label-filter: "!experimental"
                  labels: ignored-when-label-filter-is-set
                """);
        assertThat(filter(null, null))
                .isEqualTo(new ChangelogFilter("prod", "!experimental"));
        assertThat(filter("test", ""))
                .as("a given value wins; an empty one means no filter").isEqualTo(new ChangelogFilter("test", null));
    }

    @Test
    void springBootTwosLabelsKey() throws Exception {
        write("application.properties", "spring.liquibase.labels=v2\n");
        assertThat(filter(null, null))
                .isEqualTo(new ChangelogFilter(null, "v2"));
    }

    private ChangelogSetting.Resolved resolve(LiquibasePlugin plugin) {
        return ChangelogSetting.resolve(null, new ChangelogSetting.Sources(project, List.of(), files(Map.of(), null),
                plugin));
    }

    @Test
    void theLiquibaseMavenPluginsChangeLogFileOnTheClasspathOrInTheProject() throws Exception {
        write("config/liquibase/master.xml", "<databaseChangeLog/>");

        assertThat(resolve(new LiquibasePlugin("config/liquibase/master.xml", null, null, null))).isEqualTo(
                new ChangelogSetting.Resolved(project.resolve("src/main/resources/config/liquibase/master.xml"),
                        "changeLogFile of the liquibase-maven-plugin in pom.xml"));
        assertThat(resolve(new LiquibasePlugin(project.resolve("src/main/resources/config/liquibase/master.xml")
                .toString(), null, null, null)).file()).isEqualTo(
                project.resolve("src/main/resources/config/liquibase/master.xml"));
        Files.delete(project.resolve("src/main/resources/config/liquibase/master.xml"));
        assertThat(resolve(new LiquibasePlugin("src/main/resources/db/new.xml", null, null, null)).file())
                .as("a project path that does not exist yet, in a project without a changelog")
                .isEqualTo(project.resolve("src/main/resources/db/new.xml"));
    }

    @Test
    void springsSettingWinsOverThePluginAndThePluginsContextsCountWhenSpringGivesNone() throws Exception {
        write("application.properties", "spring.liquibase.change-log=classpath:db/master.yaml\n");
        LiquibasePlugin plugin = new LiquibasePlugin("config/liquibase/master.xml", "!test", "v2", "inventory");

        assertThat(resolve(plugin).source()).isEqualTo("spring.liquibase.change-log in "
                + "src/main/resources/application.properties");
        assertThat(ChangelogSetting.filter(null, null, files(Map.of(), null), plugin)).isEqualTo(
                new ChangelogSetting.Filter(new ChangelogFilter("!test", "v2", "inventory"), "contexts !test (from "
                        + "contexts of the liquibase-maven-plugin in pom.xml), labels v2 (from labelFilter of the "
                        + "liquibase-maven-plugin in pom.xml), default schema inventory (from defaultSchemaName of the "
                        + "liquibase-maven-plugin in pom.xml)"));
    }

    @Test
    void aMissingChangelogNextToAnExistingOneIsRefusedNamingTheMaster() throws Exception {
        write("config/liquibase/master.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                    <include file="config/liquibase/changelog/00000000000000_initial_schema.xml"/>
                </databaseChangeLog>
                """);
        write("config/liquibase/changelog/00000000000000_initial_schema.xml", "<databaseChangeLog>\n</databaseChangeLog>");
        write("config/application.yml", "databaseChangeLog: is not the root of an application file\n");

        assertThatThrownBy(() -> resolve(null, Map.of(), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("No changelog at src/main/resources/db/changelog/db.changelog-master.yaml (from Spring "
                        + "Boot's default path), but the project's resources already hold Liquibase changelogs: "
                        + "src/main/resources/config/liquibase/master.xml. dbflow will not start a second changelog "
                        + "next to them. Name the master the application runs with "
                        + "-Ddbflow.changelog=src/main/resources/config/liquibase/master.xml (or <changelog> in the "
                        + "plugin's configuration, or spring.liquibase.change-log in the application's settings).");
    }

    @Test
    void theFilesOfAFolderAMasterIncludesWholeAreNoMasters() throws Exception {
        write("db/master.yaml", "databaseChangeLog:\n  - includeAll: {path: changes/, relativeToChangelogFile: true}\n");
        write("db/changes/20260101000000_a.yaml", "databaseChangeLog:\n  - changeSet: {id: a, author: x}\n");

        assertThatThrownBy(() -> resolve(null, Map.of(), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("already hold Liquibase changelogs: src/main/resources/db/master.yaml. dbflow "
                        + "will not start a second changelog next to them. Name the master the application runs with "
                        + "-Ddbflow.changelog=src/main/resources/db/master.yaml (or");
    }
}
