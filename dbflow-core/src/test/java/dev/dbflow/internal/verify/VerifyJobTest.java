package dev.dbflow.internal.verify;

import dev.dbflow.api.CheckResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.api.VerifyReport;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The verify gate on real PostgreSQL: each check passes on a good changelog and fails on its fault. */
class VerifyJobTest {

    private static final Map<String, String> ITEM = Map.of("app/Item.java", "package app; @jakarta.persistence.Entity"
            + " public class Item { @jakarta.persistence.Id Long id; String name; }");
    private static final Map<String, String> ITEM_WITH_NOTE = Map.of("app/Item.java", "package app;"
            + " @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; String name; String note; }");
    private static final Map<String, String> ITEM_WITHOUT_NAME = Map.of("app/Item.java", "package app;"
            + " @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; }");

    @TempDir
    Path dir;

    @Test
    void aChangelogInSyncPassesAndTargetChecksAreSkippedWithoutATarget() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(ITEM, "hibernate", "item");

        VerifyReport report = project.verify(ITEM, "hibernate", null);

        assertThat(report.checks()).extracting(VerifyReport::line).containsExactly(
                "✓ in sync: the entities match the changelog",
                "✓ well formed: 1 changeset, unique ids, each with a rollback",
                "✓ no conflicts: one head, 20260102030500-item",
                "✓ reversible: 1 changeset rolls back exactly, one by one and all together",
                "○ unchanged history: no target database is configured",
                "○ no drift: no target database is configured",
                "○ safety: no target database is configured");
        assertThat(report.passed(true)).isTrue();
        assertThat(project.listener().lines()).as("the stairway's rollback on a shadow database warns of nothing")
                .noneMatch(line -> line.startsWith("WARN"));
        assertThat(Files.readString(report.junitReport())).contains("tests=\"8\"", "failures=\"0\"",
                "<testcase classname=\"dbflow.verify.reversible\" name=\"db/changelog/changes/20260102030500_item.yaml"
                        + "::20260102030500-item::tester\"/>");
    }

    @Test
    void anEntityChangedWithoutAChangesetIsNotInSync() {
        ModelProject project = new ModelProject(dir);
        project.generate(ITEM, "hibernate", "item");

        VerifyReport report = project.verify(ITEM_WITH_NOTE, "hibernate", null);

        assertThat(report.checks().get(0)).isEqualTo(new CheckResult("in sync", CheckResult.Status.FAILED,
                "1 change the changelog does not have", List.of("+ column item.note varchar(255)",
                "run mvn dbflow:migrate to write these changes as a changeset")));
        assertThat(report.passed(false)).isFalse();
    }

    @Test
    void aWrongRollbackIsFoundByTheStairway() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(ITEM, "hibernate", "item");
        Path master = project.master();
        Files.writeString(master, Files.readString(master) + """
                  - changeSet:
                      id: add-note
                      author: dev
                      changes:
                        - addColumn:
                            tableName: item
                            columns:
                              - column:
                                  name: note
                                  type: varchar(255)
                      rollback:
                        - sql:
                            sql: select 1
                """);

        VerifyReport report = project.verify(ITEM_WITH_NOTE, "hibernate", null);

        String problem = "db/changelog/db.changelog-master.yaml::add-note::dev: its rollback leaves the schema different"
                + " from before it; to get back it would still need: - column item.note";
        assertThat(report.checks().get(3)).isEqualTo(new CheckResult("reversible", CheckResult.Status.FAILED,
                "a changeset does not roll back exactly", List.of(problem), List.of(
                new CheckResult.Case("db/changelog/changes/20260102030500_item.yaml::20260102030500-item::tester", null),
                new CheckResult.Case("db/changelog/db.changelog-master.yaml::add-note::dev", problem))));
    }

    @Test
    void withATargetEditedHistoryAndPendingRisksAreReported() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(ITEM, "hibernate", "item");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgrade(db);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("alter table item add column extra integer");
            }
            project.generate(ITEM_WITHOUT_NAME, "hibernate", "drop name", null, null, null,
                    new SafetyOptions(true, List.of(), List.of()));
            Path first = Files.list(project.master().getParent().resolve("changes")).sorted().findFirst().orElseThrow();
            Files.writeString(first, Files.readString(first).replace("varchar(255)", "varchar(300)"));

            VerifyReport report = project.verify(ITEM_WITHOUT_NAME, "hibernate", ModelProject.target(db));

            assertThat(report.checks().subList(4, 7)).extracting(CheckResult::name, CheckResult::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("unchanged history", CheckResult.Status.FAILED),
                    org.assertj.core.groups.Tuple.tuple("no drift", CheckResult.Status.SKIPPED),
                    org.assertj.core.groups.Tuple.tuple("safety", CheckResult.Status.WARNING));
            assertThat(report.checks().get(4).details()).singleElement().asString()
                    .contains("db/changelog/changes/20260102030500_item.yaml::20260102030500-item::tester");
            assertThat(report.checks().get(5).summary()).isEqualTo("the applied changesets no longer match their files");
            assertThat(report.checks().get(6).details()).containsExactly(
                    "DL002 item.name: dropping the column deletes its values");
        }
    }

    @Test
    void aPendingRenameIsNotReviewedAsADrop() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(ITEM_WITH_NOTE, "hibernate", "item");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgrade(db);
            project.generate(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity public class Item {"
                    + " @jakarta.persistence.Id Long id; @dev.dbflow.annotations.RenamedFrom(\"name\") String title;"
                    + " String note; }"), "hibernate", "rename name");
            project.generate(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity public class Item {"
                    + " @jakarta.persistence.Id Long id; String title; }"), "hibernate", "drop note");

            VerifyReport report = project.verify(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity"
                    + " public class Item { @jakarta.persistence.Id Long id; String title; }"), "hibernate",
                    ModelProject.target(db));

            assertThat(VerifyReport.line(report.checks().get(6))).isEqualTo("! safety: 1 finding in the 2 changesets "
                    + "pending for the database '" + db.name() + "' at " + db.server().host() + ":"
                    + db.server().port());
            assertThat(report.checks().get(6).details()).containsExactly(
                    "DL002 item.note: dropping the column deletes its values");
        }
    }

    @Test
    void aColumnAddedByHandToTheTargetIsDrift() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(ITEM, "hibernate", "item");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgrade(db);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("alter table item add column extra integer");
            }

            VerifyReport report = project.verify(ITEM, "hibernate", ModelProject.target(db));

            assertThat(report.checks().subList(4, 7)).extracting(VerifyReport::line).containsExactly(
                    "✓ unchanged history: 1 applied changeset unchanged since applied",
                    "✗ no drift: the database '" + db.name() + "' at " + db.server().host() + ":" + db.server().port()
                            + " was changed by hand",
                    "✓ safety: 0 changesets pending for the database '" + db.name() + "' at " + db.server().host()
                            + ":" + db.server().port() + ", no findings");
            assertThat(report.checks().get(5).details()).containsExactly(
                    "compared with what its applied changesets build, it has: + column item.extra integer");
        }
    }

    @Test
    void aPolicyCreatedByHandOnTheTargetIsDrift() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(ITEM, "hibernate", "item");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgrade(db);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("alter table item enable row level security");
                s.execute("create policy by_hand on item using (id > 0)");
            }

            VerifyReport report = project.verify(ITEM, "hibernate", ModelProject.target(db));

            assertThat(VerifyReport.line(report.checks().get(5))).isEqualTo("✗ no drift: the database '" + db.name() + "' at "
                    + db.server().host() + ":" + db.server().port() + " was changed by hand");
            assertThat(report.checks().get(5).details()).containsExactly(
                    "compared with what its applied changesets build, it has: ~ row level security on item: off -> on; "
                            + "+ policy by_hand on item (ALL to public) USING (id > 0)");
        }
    }

    @Test
    void aPolicyChangesetWhoseRollbackLeavesThePolicyIsNotReversible() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(ITEM, "hibernate", "item");
        Path handMade = project.master().resolveSibling("policy.yaml");
        Files.writeString(handMade, """
                databaseChangeLog:
                  - changeSet:
                      id: policy
                      author: dba
                      changes:
                        - sql:
                            sql: create policy by_hand on item using (id > 0)
                      rollback:
                        - sql:
                            sql: select 1
                """);
        Files.writeString(project.master(), Files.readString(project.master())
                + "  - include:\n      file: policy.yaml\n      relativeToChangelogFile: true\n");

        VerifyReport report = project.verify(ITEM, "hibernate", null);

        assertThat(VerifyReport.line(report.checks().get(3))).isEqualTo("✗ reversible: a changeset does not roll back exactly");
        assertThat(report.checks().get(3).details()).containsExactly("db/changelog/policy.yaml::policy::dba: its "
                + "rollback leaves the schema different from before it; to get back it would still need: - policy "
                + "by_hand on item");
    }

    @Test
    void aDroppedColumnThatRollsBackToTheEndOfTheTableIsStillReversible() {
        ModelProject project = new ModelProject(dir);
        project.generate(ITEM_WITH_NOTE, "hibernate", "item");
        project.generate(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity public class Item {"
                + " @jakarta.persistence.Id Long id; String note; }"), "hibernate", "drop name", null, null, null,
                new SafetyOptions(true, List.of(), List.of()));

        VerifyReport report = project.verify(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity public"
                + " class Item { @jakarta.persistence.Id Long id; String note; }"), "hibernate", null);

        assertThat(VerifyReport.line(report.checks().get(3)))
                .isEqualTo("✓ reversible: 2 changesets roll back exactly, one by one and all together");
    }
}
