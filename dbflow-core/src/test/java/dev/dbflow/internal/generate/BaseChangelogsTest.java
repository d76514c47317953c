package dev.dbflow.internal.generate;

import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.CheckResult;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.api.VerifyReport;
import dev.dbflow.api.VerifyRequest;
import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.internal.snapshot.PgCatalogReader;
import dev.dbflow.internal.verify.VerifyJob;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestClasspath;
import dev.dbflow.testing.TestPostgres;
import dev.dbflow.testing.TestShadow;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.resource.ZipResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A module whose entity points at a table another project owns: the other project's jar carries its entity and the
 * changelog that creates its tables, and generate, told that changelog in {@code baseChangelogs}, writes only the
 * module's own table and its foreign key to the other's.
 */
class BaseChangelogsTest {

    private static final String BASE_RESOURCE = "META-INF/accounts/changelog.yaml";
    private static final String BASE_CHANGELOG = """
            databaseChangeLog:
              - changeSet:
                  id: accounts-1
                  author: accounts
                  changes:
                    - createTable:
                        tableName: account
                        columns:
                          - column: {name: id, type: bigint, constraints: {primaryKey: true, nullable: false}}
                          - column: {name: email, type: varchar(100)}
                          - column: {name: created_at, type: timestamp}
                    - createIndex:
                        tableName: account
                        indexName: ix_account_email
                        columns:
                          - column: {name: email}
            """;
    private static final Map<String, String> SOURCES = Map.of(
            "accounts/Account.java", """
                    package accounts;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "account") public class Account { @Id Long id; String email; }
                    """,
            "app/Note.java", """
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "note") public class Note {
                        @Id Long id;
                        String text;
                        @ManyToOne accounts.Account owner;
                    }
                    """);

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();
    private int runs;
    private ShadowSpec shadow = TestShadow.spec();

    @Test
    void aModuleGetsOnlyItsOwnTableAndItsForeignKeyToTheBaseTable() throws Exception {
        Path classes = moduleWithAccountsJar();
        Path jar = dir.resolve("accounts.jar");

        GenerateResult first = generate(classes, List.of(jar), List.of(BASE_RESOURCE), null);

        assertThat(first.summary()).containsExactly("+ table note (3 columns)",
                "+ foreign key fkijrbiqpxwi5b32e55bn4c1l7v on note (owner_id) -> account (id)");
        String changeset = Files.readString(first.changesetFile().orElseThrow());
        assertThat(changeset).doesNotContain("tableName: account").contains("referencedTableName: account");

        try (ScratchDatabase database = TestPostgres.newDatabase(); Connection connection = database.connect()) {
            update(connection, new ZipResourceAccessor(jar), BASE_RESOURCE);
            update(connection, new DirectoryResourceAccessor(dir.resolve("src/main/resources")),
                    "db/changelog/db.changelog-master.yaml");
            Schema upgraded = new PgCatalogReader().read(connection);
            assertThat(upgraded.tablesByName().keySet()).containsExactlyInAnyOrder(
                    new QualifiedName("public", "account"), new QualifiedName("public", "note"));
            assertThat(upgraded.tablesByName().get(new QualifiedName("public", "note")).foreignKeys())
                    .extracting(ForeignKey::referencedTable).containsExactly(new QualifiedName("public", "account"));
        }

        GenerateResult second = generate(classes, List.of(jar), List.of("classpath:" + BASE_RESOURCE), null);
        assertThat(second.changesetFile()).isEmpty();
        assertThat(second.summary()).isEmpty();
    }

    @Test
    void verifyRunsTheStairwayOnTheBaseChangelogs() throws Exception {
        Path classes = moduleWithAccountsJar();
        List<Path> jar = List.of(dir.resolve("accounts.jar"));
        generate(classes, jar, List.of(BASE_RESOURCE), null);

        VerifyReport report = new VerifyJob(listener).run(new VerifyRequest(request(classes, jar,
                List.of(BASE_RESOURCE), null), false, dir.resolve("target/dbflow-reports"), null));

        assertThat(report.checks()).extracting(CheckResult::name, CheckResult::status).containsExactly(
                tuple("in sync", CheckResult.Status.PASSED), tuple("well formed", CheckResult.Status.PASSED),
                tuple("no conflicts", CheckResult.Status.PASSED), tuple("reversible", CheckResult.Status.PASSED),
                tuple("unchanged history", CheckResult.Status.SKIPPED), tuple("no drift", CheckResult.Status.SKIPPED),
                tuple("safety", CheckResult.Status.SKIPPED));
    }

    @Test
    void verifyComparesATargetThatHasTheBaseTablesWithTheChangelogOnTheBase() throws Exception {
        Path classes = moduleWithAccountsJar();
        Path jar = dir.resolve("accounts.jar");
        generate(classes, List.of(jar), List.of(BASE_RESOURCE), null);

        try (ScratchDatabase target = TestPostgres.newDatabase(); Connection connection = target.connect()) {
            update(connection, new ZipResourceAccessor(jar), BASE_RESOURCE);
            update(connection, new DirectoryResourceAccessor(dir.resolve("src/main/resources")),
                    "db/changelog/db.changelog-master.yaml");
            GenerateRequest project = request(classes, List.of(jar), List.of(BASE_RESOURCE), null);
            GenerateRequest withTarget = new GenerateRequest(project.classesDirectory(), project.classpath(),
                    project.packages(), project.namingStrategy(), project.shadow(), project.changelog(), null, null,
                    "tester", null, null, project.safety(), ModelProject.target(target), ChangelogFilter.NONE,
                    Map.of(), false, project.baseChangelogs());

            VerifyReport report = new VerifyJob(listener).run(new VerifyRequest(withTarget, false,
                    dir.resolve("target/dbflow-reports"), null));

            String where = "the database '" + target.name() + "' at localhost:" + target.server().port();
            assertThat(report.checks()).extracting(CheckResult::name, CheckResult::status, CheckResult::summary)
                    .as("the accounts changeset the target has is the base's, not another branch's")
                    .containsExactly(tuple("in sync", CheckResult.Status.PASSED, "the entities match the changelog"),
                            tuple("well formed", CheckResult.Status.PASSED,
                                    "1 changeset, unique ids, each with a rollback"),
                            tuple("no conflicts", CheckResult.Status.PASSED, "one head, 20260102030500-notes"),
                            tuple("reversible", CheckResult.Status.PASSED,
                                    "1 changeset rolls back exactly, one by one and all together"),
                            tuple("unchanged history", CheckResult.Status.PASSED,
                                    "1 applied changeset unchanged since applied"),
                            tuple("no drift", CheckResult.Status.PASSED, where + " is what its 1 applied changesets build"),
                            tuple("safety", CheckResult.Status.PASSED,
                                    "0 changesets pending for " + where + ", no findings"));

            GenerateResult again = new GenerateJob(listener).run(withTarget);
            assertThat(again.changesetFile()).isEmpty();
            assertThat(listener.lines()).as("the target's accounts changeset is the base's, not another branch's")
                    .noneMatch(line -> line.contains("does not contain"));
        }
    }

    @Test
    void anEditedBaseChangelogIsBuiltAgainNotTakenFromTheShadowCache() throws Exception {
        Path classes = moduleWithAccountsJar();
        List<Path> jar = List.of(dir.resolve("accounts.jar"));
        Path file = dir.resolve("accounts-changelog.yaml");
        Files.writeString(file, BASE_CHANGELOG);
        shadow = ShadowSpec.embedded().withCache(dir.resolve("target/dbflow/cache"));
        GenerateResult first = generate(classes, jar, List.of(file.toString()), null);
        assertThat(first.summary()).hasSize(2);
        Files.delete(first.changesetFile().orElseThrow());
        Files.delete(master());

        Files.writeString(file, BASE_CHANGELOG.replace("tableName: account", "tableName: member"));
        GenerateResult second = generate(classes, jar, List.of(file.toString()), null);

        assertThat(second.summary()).as("account is no longer the base's: the module's entities map it")
                .containsExactly("+ table account (2 columns)", "+ table note (3 columns)",
                        "+ foreign key fkijrbiqpxwi5b32e55bn4c1l7v on note (owner_id) -> account (id)");
    }

    @Test
    void aBaseChangelogGivenAsAFileWorksLikeOneInAJar() throws Exception {
        Path classes = moduleWithAccountsJar();
        Path file = dir.resolve("accounts-changelog.yaml");
        Files.writeString(file, BASE_CHANGELOG);

        GenerateResult result = generate(classes, List.of(dir.resolve("accounts.jar")), List.of(file.toString()),
                null);

        assertThat(result.summary()).containsExactly("+ table note (3 columns)",
                "+ foreign key fkijrbiqpxwi5b32e55bn4c1l7v on note (owner_id) -> account (id)");
    }

    @Test
    void aMissingBaseChangelogIsNamedWithTheSetting() throws Exception {
        Path classes = moduleWithAccountsJar();

        assertThatThrownBy(() -> generate(classes, List.of(dir.resolve("accounts.jar")),
                List.of("META-INF/nowhere.yaml"), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The base changelog 'META-INF/nowhere.yaml' (setting baseChangelogs, "
                        + "-Ddbflow.baseChangelogs) is neither a changelog file nor a resource on the project's "
                        + "classpath (9 entries: its classes and dependency jars). Give the path of a changelog "
                        + "file, or the path of the changelog inside the dependency that carries it (e.g. "
                        + "META-INF/base-changelog.xml), and check that the dependency is on the project's "
                        + "classpath.");
    }

    @Test
    void aBaseChangelogThatFailsIsNamedWithTheSetting() throws Exception {
        Path classes = moduleWithAccountsJar();
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, BASE_CHANGELOG.replace("type: bigint", "type: no_such_type"));

        assertThatThrownBy(() -> generate(classes, List.of(dir.resolve("accounts.jar")), List.of(file.toString()),
                null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("The base changelog '" + file + "' (setting baseChangelogs, "
                        + "-Ddbflow.baseChangelogs) does not build on the shadow database: ")
                .hasMessageContaining("no_such_type")
                .hasMessageEndingWith("A base changelog is the other project's own: check that the setting names "
                        + "the changelog that project applies and that the version of it on the classpath is the one "
                        + "you build on.");
    }

    @Test
    void aForeignKeyOutOfTheScopeIsWrittenOnlyWhenItsTableExists() throws Exception {
        Path classes = moduleWithAccountsJar();
        List<Path> jar = List.of(dir.resolve("accounts.jar"));

        GenerateResult unbuilt = generate(classes, jar, List.of(), "note");

        assertThat(unbuilt.summary()).containsExactly("+ table note (3 columns)");
        assertThat(listener.lines()).contains("WARN Left out: foreign key fkijrbiqpxwi5b32e55bn4c1l7v of table note: "
                + "it references table account, which is outside includeObjects/excludeObjects and not in the "
                + "changelog (nor a base changelog), so it could not apply; put account in scope, or name the "
                + "changelog that creates it in baseChangelogs");

        Files.delete(unbuilt.changesetFile().orElseThrow());
        Files.delete(master());
        Files.createDirectories(master().getParent());
        Files.writeString(master(), BASE_CHANGELOG);

        GenerateResult built = generate(classes, jar, List.of(), "note");
        assertThat(built.summary()).as("account is in the changelog but out of scope: neither changed nor dropped")
                .containsExactly("+ table note (3 columns)",
                        "+ foreign key fkijrbiqpxwi5b32e55bn4c1l7v on note (owner_id) -> account (id)");
    }

    private GenerateResult generate(Path classes, List<Path> jars, List<String> baseChangelogs, String include) {
        runs++;
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:00Z").plusSeconds(60L * runs), ZoneOffset.UTC);
        return new GenerateJob(listener, clock).run(request(classes, jars, baseChangelogs, include));
    }

    private GenerateRequest request(Path classes, List<Path> jars, List<String> baseChangelogs, String include) {
        List<Path> classpath = new ArrayList<>(TestClasspath.jpaWithValidation(classes));
        classpath.addAll(jars);
        return new GenerateRequest(classes, classpath, List.of(), "hibernate", shadow, master(), null,
                "notes", "tester", include, null, new SafetyOptions(true, List.of(), List.of()), null,
                ChangelogFilter.NONE, Map.of(), false, baseChangelogs);
    }

    private Path master() {
        return dir.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");
    }

    /**
     * Compiles both projects' entities, puts the accounts project's classes and changelog in {@code accounts.jar}, and
     * returns the module's classes directory, which holds only its own.
     */
    private Path moduleWithAccountsJar() throws IOException {
        Path compiled = EntityCompiler.compile(SOURCES, dir.resolve("compiled"));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(dir.resolve("accounts.jar")))) {
            add(jar, "accounts/Account.class", Files.readAllBytes(compiled.resolve("accounts/Account.class")));
            add(jar, BASE_RESOURCE, BASE_CHANGELOG.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("app"));
        Files.copy(compiled.resolve("app/Note.class"), classes.resolve("app/Note.class"));
        return classes;
    }

    private static void add(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(bytes);
        jar.closeEntry();
    }

    private static void update(Connection connection, ResourceAccessor resources, String path) throws Exception {
        try (resources) {
            new Liquibase(path, resources, DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                    .update(new Contexts(), new LabelExpression());
        }
    }
}
