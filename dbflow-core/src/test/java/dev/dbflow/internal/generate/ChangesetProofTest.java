package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.InternalErrorException;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.classify.Finding;
import dev.dbflow.internal.model.CastRoute;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.render.ChangesetBuilder;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestClasspath;
import dev.dbflow.testing.TestShadow;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * generate proves each changeset on a copy of the changelog's schema before writing it: a renderer that gets the
 * changeset wrong (here broken on purpose) makes it refuse with dbflow's own error, and nothing is written.
 */
class ChangesetProofTest {

    private static final String BEFORE = """
            package app;
            @jakarta.persistence.Entity
            public class Item {
                @jakarta.persistence.Id Long id;
            }
            """;
    private static final String AFTER = """
            package app;
            @jakarta.persistence.Entity
            public class Item {
                @jakarta.persistence.Id Long id;
                @jakarta.persistence.Column(length = 40) String name;
                Integer rank;
            }
            """;
    private static final String OPERATIONS = "The changeset's operations: + column item.name varchar(40); + column "
            + "item.rank integer.";
    private static final String REPORT = " This is a fault in dbflow, not in your project; please report it to the "
            + "dbflow maintainers with this message and the entity change that led to it, and write this change as "
            + "a changeset by hand meanwhile.";

    @TempDir
    Path dir;

    private Path master;
    private String masterText;

    @BeforeEach
    void firstChangeset() throws Exception {
        master = dir.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");
        generate(BEFORE, ChangesetBuilder::new, 1);
        masterText = Files.readString(master);
    }

    @Test
    void aChangesetThatMissesAnOperationIsRefused() throws Exception {
        Function<CastRoute, ChangesetBuilder> dropsTheLast = casts -> new ChangesetBuilder(casts) {
            @Override
            public List<ChangeSet> build(String id, String author, String comment, String filePath,
                                         List<SchemaChange> operations, List<List<Finding>> findings, boolean online) {
                int kept = operations.size() - 1;
                return super.build(id, author, comment, filePath, operations.subList(0, kept),
                        findings.subList(0, kept), online);
            }
        };

        assertRefused(dropsTheLast, "dbflow generated a changeset that is wrong, and wrote nothing: applied to a copy "
                + "of the changelog's schema, it leaves what the entities map to still to do: + column item.rank "
                + "integer. " + OPERATIONS + REPORT);
    }

    @Test
    void aChangesetThatDoesNotApplyIsRefused() throws Exception {
        Function<CastRoute, ChangesetBuilder> failing = breakingTheMainChangeset(changeSet ->
                changeSet.addChange(new RawSQLChange("ALTER TABLE missing ADD COLUMN extra integer")));

        assertRefused(failing, "dbflow generated a changeset that is wrong, and wrote nothing: does not apply to the "
                + "changelog's schema: Changeset changes/20260102030600_items.yaml::20260102030600-items::tester "
                + "failed on the shadow database: ERROR: relation \"missing\" does not exist. The statement was: "
                + "ALTER TABLE missing ADD COLUMN extra integer. " + OPERATIONS + REPORT);
    }

    @Test
    void aRollbackThatDoesNotRestoreTheSchemaIsRefused() throws Exception {
        Function<CastRoute, ChangesetBuilder> keepsAColumn = breakingTheMainChangeset(changeSet -> {
            changeSet.getRollback().getChanges().clear();
            changeSet.addRollbackChange(new RawSQLChange("ALTER TABLE item DROP COLUMN rank"));
        });

        assertRefused(keepsAColumn, "dbflow generated a changeset that is wrong, and wrote nothing: rolled back, it "
                + "does not restore the schema it started from (differs: table item). " + OPERATIONS + REPORT);
    }

    /** A renderer that renders as dbflow does, then breaks the main changeset with {@code breaking}. */
    private static Function<CastRoute, ChangesetBuilder> breakingTheMainChangeset(Consumer<ChangeSet> breaking) {
        return casts -> new ChangesetBuilder(casts) {
            @Override
            public List<ChangeSet> build(String id, String author, String comment, String filePath,
                                         List<SchemaChange> operations, List<List<Finding>> findings, boolean online) {
                List<ChangeSet> changeSets = super.build(id, author, comment, filePath, operations, findings, online);
                breaking.accept(changeSets.get(0));
                return changeSets;
            }
        };
    }

    private void assertRefused(Function<CastRoute, ChangesetBuilder> renderer, String message) throws Exception {
        assertThatThrownBy(() -> generate(AFTER, renderer, 2))
                .isInstanceOf(InternalErrorException.class)
                .hasMessage(message);
        assertThat(Files.readString(master)).isEqualTo(masterText);
        try (var files = Files.list(master.resolveSibling("changes"))) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .containsExactly("20260102030500_items.yaml");
        }
    }

    private void generate(String entity, Function<CastRoute, ChangesetBuilder> renderer, int run) {
        Path classes = EntityCompiler.compile(Map.of("app/Item.java", entity), dir.resolve("target/classes-" + run));
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:00Z").plusSeconds(60L * run), ZoneOffset.UTC);
        GenerateRequest request = new GenerateRequest(classes, TestClasspath.jpaWithValidation(classes), List.of(),
                "hibernate", TestShadow.spec(), master, null, "items", "tester", null, null,
                new SafetyOptions(true, List.of(), List.of()), null);
        new GenerateJob(new RecordingListener(), clock, renderer).run(request);
    }
}
