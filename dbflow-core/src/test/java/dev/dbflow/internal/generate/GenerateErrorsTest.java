package dev.dbflow.internal.generate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestShadow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input gets one clear error, and nothing is written. */
class GenerateErrorsTest {

    private static final String ENTITY = """
            package app;
            @jakarta.persistence.Entity
            public class Item {
                @jakarta.persistence.Id
                private Long id;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void noCompiledClasses() {
        Path classes = dir.resolve("target/classes");

        assertThatThrownBy(() -> generate(classes, TestShadow.spec()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("No compiled classes in " + classes + ": dbflow reads the entities from the project's "
                        + "compiled classes, and there are none. Run from the command line, the dbflow goals compile "
                        + "the project first, so check that this module has the entities' sources (in a multi-module "
                        + "build, run the goal in that module, e.g. with -pl) and that 'classesDirectory' "
                        + "(-Ddbflow.classesDirectory), if set, names the directory they are compiled to.");
        assertThat(dir.resolve("src")).doesNotExist();
    }

    @Test
    void aFieldHibernateCannotTypeIsNamedOnceByItsEntity() {
        ModelProject project = new ModelProject(dir);

        assertThatThrownBy(() -> project.generate(Map.of("app/Branch.java", """
                package app;
                @jakarta.persistence.Entity
                public class Branch {
                    @jakarta.persistence.Id Long id;
                    Object extra;
                }
                """), "hibernate", "branch"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Hibernate could not render the create DDL for app.Branch.extra (column extra of table "
                        + "branch): Error creating SQL 'create' commands for table 'Branch' [Unable to determine SQL "
                        + "type name for column 'extra' of table 'Branch' because there is no type mapping for "
                        + "org.hibernate.type.SqlTypes code: 2000 (JAVA_OBJECT)]. Fix the mapping or setting named "
                        + "there.");
        assertThat(project.master()).doesNotExist();
    }

    @Test
    void noEntity() {
        Path classes = EntityCompiler.compile(Map.of("app/Plain.java", "package app; public class Plain {}"),
                dir.resolve("target/classes"));

        assertThatThrownBy(() -> generate(classes, TestShadow.spec()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("No @Entity class found in " + classes + " or its dependencies. dbflow maps "
                        + "jakarta.persistence entities; check that the project is compiled and uses "
                        + "jakarta.persistence (not javax.persistence), or set 'packages' (-Ddbflow.packages) to "
                        + "the packages that hold your entities.");
    }

    @Test
    void entityWithoutId() {
        Path classes = EntityCompiler.compile(Map.of("app/Item.java",
                "package app; @jakarta.persistence.Entity public class Item { private Long id; }"),
                dir.resolve("target/classes"));

        assertThatThrownBy(() -> generate(classes, TestShadow.spec()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Hibernate rejected the entity mapping: Entity 'app.Item' has no identifier (every "
                        + "'@Entity' class must declare or inherit at least one '@Id' or '@EmbeddedId' property)."
                        + " Fix the mapping named there; dbflow builds the schema exactly as Hibernate maps it.");
        assertThat(dir.resolve("src")).doesNotExist();
    }

    @Test
    void aColumnDefinitionPostgresqlRejectsNamesTheStatement() {
        Path classes = EntityCompiler.compile(Map.of("app/Item.java", """
                package app;
                @jakarta.persistence.Entity
                public class Item {
                    @jakarta.persistence.Id
                    private Long id;
                    @jakarta.persistence.Column(columnDefinition = "no_such_type")
                    private String label;
                }
                @jakarta.persistence.Entity
                class Other {
                    @jakarta.persistence.Id
                    private Long id;
                }
                """), dir.resolve("target/classes"));

        assertThatThrownBy(() -> generate(classes, TestShadow.spec()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("PostgreSQL rejects the DDL Hibernate generates for the entities: ERROR: type "
                        + "\"no_such_type\" does not exist. The statement was: create table Item (id "
                        + "bigint not null, label no_such_type, primary key (id)); Fix the mapping it comes from (often a "
                        + "columnDefinition or @ColumnDefault).");
        assertThat(dir.resolve("src")).doesNotExist();
    }

    @Test
    void malformedMasterChangelog() throws Exception {
        Path classes = EntityCompiler.compile(Map.of("app/Item.java", ENTITY), dir.resolve("target/classes"));
        Path master = new ModelProject(dir).master();
        Files.createDirectories(master.getParent());
        Files.writeString(master, "databaseChangeLog:\n  - changeSet:\n      id: 1\n    author: [unclosed\n");

        assertThatThrownBy(() -> generate(classes, TestShadow.spec()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The changelog " + master + " is malformed at line 5, column 1: expected ',' or ']', "
                        + "but got <stream end> (while parsing a flow sequence from line 4). Fix the file and run "
                        + "again.");
        assertThat(Files.readString(master)).isEqualTo("databaseChangeLog:\n  - changeSet:\n      id: 1\n    author: [unclosed\n");
        assertThat(master.getParent().resolve("changes")).doesNotExist();
    }

    @Test
    void changesetThatDoesNotBuildOnTheShadowDatabase() throws Exception {
        Path classes = EntityCompiler.compile(Map.of("app/Item.java", ENTITY), dir.resolve("target/classes"));
        Path master = new ModelProject(dir).master();
        Files.createDirectories(master.getParent());
        Files.writeString(master, "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n"
                + "      changes:\n        - sql:\n            sql: alter table missing add x int\n");

        assertThatThrownBy(() -> generate(classes, TestShadow.spec()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Changeset db/changelog/db.changelog-master.yaml::1::a failed on the shadow database: "
                        + "ERROR: relation \"missing\" does not exist. The statement was: alter table "
                        + "missing add x int. The changelog must build on an empty database; fix this changeset, then "
                        + "run generate again.");
        assertThat(master.getParent().resolve("changes")).doesNotExist();
    }

    @Test
    void shadowServerUnreachable() throws Exception {
        Path classes = EntityCompiler.compile(Map.of("app/Item.java", ENTITY), dir.resolve("target/classes"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ShadowSpec shadow = ShadowSpec.parse("jdbc:postgresql://localhost:" + port + "/postgres", null, "postgres",
                "s3cret-pw");

        assertThatThrownBy(() -> generate(classes, shadow))
                .isInstanceOf(InfrastructureException.class)
                .hasMessageStartingWith("The shadow database server at localhost:" + port + " cannot be used: ")
                .hasMessageEndingWith(" The 'shadow' setting (-Ddbflow.shadow) chooses the server: 'embedded' "
                        + "(default, PostgreSQL binaries shipped with dbflow), 'testcontainers' (needs a Docker engine;"
                        + " image from shadowImage) or a jdbc:postgresql://host:port/database URL of a server where "
                        + "the user may create and drop databases.")
                .message().doesNotContain("s3cret-pw");
    }

    @Test
    void unknownShadowSetting() {
        assertThatThrownBy(() -> ShadowSpec.parse("docker", null, null, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The setting 'shadow' (-Ddbflow.shadow) is 'docker': use 'embedded' (the default: an "
                        + "embedded PostgreSQL, nothing to install), 'testcontainers' (a container from shadowImage, "
                        + "needs Docker; or a jdbc:tc:postgresql:<tag>:/// URL) or a jdbc:postgresql:// (or "
                        + "postgresql://) URL of a server where dbflow may create and drop scratch databases.");
    }

    private void generate(Path classes, ShadowSpec shadow) {
        GenerateRequest request = new GenerateRequest(classes, List.of(classes), List.of(), "hibernate", shadow,
                new ModelProject(dir).master(), null, "x", "tester");
        new GenerateJob(new RecordingListener()).run(request);
    }
}
