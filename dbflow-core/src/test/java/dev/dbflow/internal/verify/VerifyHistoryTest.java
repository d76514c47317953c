package dev.dbflow.internal.verify;

import dev.dbflow.api.CheckResult;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.VerifyReport;
import dev.dbflow.testing.ModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Verify on a changelog whose first changesets were written by hand long before dbflow, without rollback blocks:
 * they are one warning, and the stairway starts from the schema they build.
 */
class VerifyHistoryTest {

    private static final Map<String, String> ITEM_WITH_NOTE = Map.of("app/Item.java", "package app;"
            + " @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; String name;"
            + " String note; }");
    private static final Map<String, String> ITEM_WITH_CODE = Map.of("app/Item.java", "package app;"
            + " @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; String name;"
            + " String note; String code; }");
    private static final String MASTER = "db/changelog/db.changelog-master.yaml";

    @TempDir
    Path dir;

    @Test
    void historyWithoutRollbacksIsOneWarningAndTheStairwayStartsAfterIt() throws Exception {
        ModelProject project = projectWithHistory();

        VerifyReport report = project.verify(ITEM_WITH_NOTE, "hibernate", null);

        assertThat(report.checks()).extracting(VerifyReport::line).containsExactly(
                "✓ in sync: the entities match the changelog",
                "✓ well formed: 6 changesets, unique ids, each from 20260102030500-note on with a rollback",
                "✓ no conflicts: one head, 20260102030500-note",
                "! reversible: 5 changesets from before 20260102030500-note have no rollback; the stairway starts"
                        + " after them",
                "○ unchanged history: no target database is configured",
                "○ no drift: no target database is configured",
                "○ safety: no target database is configured");
        assertThat(report.checks().get(3).details())
                .containsExactly("1 changeset rolls back exactly, one by one and all together");
        assertThat(report.checks().get(3).cases()).containsExactly(new CheckResult.Case(
                "db/changelog/changes/20260102030500_note.yaml::20260102030500-note::tester", null));
        assertThat(report.checks().get(3).status()).isEqualTo(CheckResult.Status.NOTICE);
        assertThat(report.passed(false)).isTrue();
        assertThat(report.passed(true)).as("failOnWarning does not fail on history").isTrue();
        assertThat(project.listener().lines()).filteredOn(line -> line.contains("reversible"))
                .as("reported once").hasSize(1);
    }

    @Test
    void aWrongRollbackAfterTheHistoryFailsNamingItAndTheOtherChecksStillRun() throws Exception {
        ModelProject project = projectWithHistory();
        append(project, "add-code", """
                changes:
                  - addColumn: {tableName: item, columns: [{column: {name: code, type: varchar(255)}}]}
                rollback:
                  - sql: {sql: select 1}
                """);

        VerifyReport report = project.verify(ITEM_WITH_CODE, "hibernate", null);

        String problem = MASTER + "::add-code::dev: its rollback leaves the schema different from before it; to get"
                + " back it would still need: - column item.code";
        assertThat(report.checks().subList(0, 3)).extracting(VerifyReport::line).containsExactly(
                "✓ in sync: the entities match the changelog",
                "✓ well formed: 7 changesets, unique ids, each from 20260102030500-note on with a rollback",
                "✓ no conflicts: one head, add-code");
        assertThat(report.checks().get(3)).isEqualTo(new CheckResult("reversible", CheckResult.Status.FAILED,
                "a changeset does not roll back exactly", List.of(problem), List.of(
                new CheckResult.Case("db/changelog/changes/20260102030500_note.yaml::20260102030500-note::tester", null),
                new CheckResult.Case(MASTER + "::add-code::dev", problem))));
        assertThat(report.passed(false)).isFalse();
    }

    @Test
    void reversibleSinceNamingALaterChangesetMovesTheStart() throws Exception {
        ModelProject project = projectWithHistory();
        append(project, "fill-notes", """
                changes:
                  - sql: {sql: "update item set note = 'none'"}
                """);
        project.generate(ITEM_WITH_CODE, "hibernate", "code");

        VerifyReport byDefault = project.verify(ITEM_WITH_CODE, "hibernate", null);
        VerifyReport moved = project.verify(ITEM_WITH_CODE, "hibernate", null, "20260102030600-code");

        assertThat(byDefault.checks().get(1)).isEqualTo(new CheckResult("well formed", CheckResult.Status.FAILED,
                "1 problem", List.of(MASTER + "::fill-notes::dev has no rollback block, and Liquibase cannot undo its"
                + " sql by itself: add a rollback")));
        assertThat(moved.checks().subList(1, 4)).extracting(VerifyReport::line).containsExactly(
                "✓ well formed: 8 changesets, unique ids, each from 20260102030600-code on with a rollback",
                "✓ no conflicts: one head, 20260102030600-code",
                "! reversible: 6 changesets from before 20260102030600-code have no rollback; the stairway starts"
                        + " after them");
        assertThat(moved.checks().get(3).cases()).extracting(CheckResult.Case::name)
                .containsExactly("db/changelog/changes/20260102030600_code.yaml::20260102030600-code::tester");
        assertThat(moved.passed(false)).isTrue();
    }

    @Test
    void reversibleSinceNamingNoChangesetOrTagFailsNamingIt() throws Exception {
        ModelProject project = projectWithHistory();

        assertThatThrownBy(() -> project.verify(ITEM_WITH_NOTE, "hibernate", null, "v9"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The setting reversibleSince (-Ddbflow.reversibleSince) is 'v9', but no changeset of the "
                        + "changelog " + project.master().toAbsolutePath().normalize() + " or its includes has that "
                        + "id, and no tagDatabase change in it sets that tag. Give the id (or tag) of the first "
                        + "changeset that must roll back, or remove the setting to start at the first changeset "
                        + "dbflow wrote.");
    }

    @Test
    void aChangelogWithoutAnyChangesetDbflowWroteMustRollBackEverywhere() throws Exception {
        ModelProject project = new ModelProject(dir);
        writeHistory(project);

        VerifyReport report = project.verify(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity"
                + " public class Item { @jakarta.persistence.Id Long id; String name; }"), "hibernate", null);

        assertThat(VerifyReport.line(report.checks().get(1))).isEqualTo("✗ well formed: 5 problems");
        assertThat(report.checks().get(1).details().get(1)).isEqualTo(MASTER + "::2-load-items::dba has no rollback"
                + " block, and Liquibase cannot undo its loadData by itself: add a rollback, or, if it is history no"
                + " one will roll back, set reversibleSince (-Ddbflow.reversibleSince) to the first changeset that"
                + " must roll back");
    }

    /** Five hand-written changesets without rollback blocks, then the one dbflow generated. */
    private ModelProject projectWithHistory() throws Exception {
        ModelProject project = new ModelProject(dir);
        writeHistory(project);
        project.generate(ITEM_WITH_NOTE, "hibernate", "note");
        return project;
    }

    /** Appends a changeset by {@code dev} to the master changelog, {@code body} its keys after id and author. */
    private static void append(ModelProject project, String id, String body) throws Exception {
        Files.writeString(project.master(), Files.readString(project.master()) + "  - changeSet:\n      id: " + id
                + "\n      author: dev\n" + body.indent(6));
    }

    private static void writeHistory(ModelProject project) throws Exception {
        project.writeMaster("""
                databaseChangeLog:
                  - changeSet:
                      id: 1-create-item
                      author: dba
                      changes:
                        - sql:
                            sql: create table item (id bigint primary key, name varchar(255), status varchar(20) default 'new')
                  - changeSet:
                      id: 2-load-items
                      author: dba
                      changes:
                        - loadData:
                            tableName: item
                            file: items.csv
                            relativeToChangelogFile: true
                  - changeSet:
                      id: 3-drop-status-default
                      author: dba
                      changes:
                        - dropDefaultValue:
                            tableName: item
                            columnName: status
                  - changeSet:
                      id: 4-retire-items
                      author: dba
                      changes:
                        - sql:
                            sql: update item set status = 'old'
                  - changeSet:
                      id: 5-drop-status
                      author: dba
                      changes:
                        - dropColumn:
                            tableName: item
                            columnName: status
                """);
        Files.writeString(project.master().resolveSibling("items.csv"), "id,name,status\n1,pen,new\n2,ink,new\n");
    }
}
