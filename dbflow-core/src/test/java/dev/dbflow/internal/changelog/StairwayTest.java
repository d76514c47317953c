package dev.dbflow.internal.changelog;

import dev.dbflow.api.CheckResult;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The stairway applies and rolls back changesets one at a time through Liquibase's per-changeset visitors. */
class StairwayTest {

    private static final String NOT_EXACT = "a changeset does not roll back exactly";
    private static final String ITEM = """
            databaseChangeLog:
              - changeSet:
                  id: "1"
                  author: dba
                  changes:
                    - createTable: {tableName: item, columns: [{column: {name: id, type: bigint}},
                        {column: {name: code, type: varchar(20)}}]}
            """;

    @TempDir
    Path project;

    @Test
    void aWrongRollbackAfterManyChangesetsIsNamedWithItsDifference() throws Exception {
        String tables = IntStream.rangeClosed(1, 6).mapToObj(i -> """
                  - changeSet:
                      id: "%d"
                      author: dba
                      changes:
                        - createTable: {tableName: t%d, columns: [{column: {name: id, type: bigint}}]}
                """.formatted(i, i)).collect(Collectors.joining());

        CheckResult result = reversible("databaseChangeLog:\n" + tables + """
                  - changeSet:
                      id: "7"
                      author: dba
                      changes:
                        - addColumn: {tableName: t3, columns: [{column: {name: note, type: varchar(20)}}]}
                      rollback:
                        - sql: {sql: select 1}
                  - changeSet:
                      id: "8"
                      author: dba
                      changes:
                        - createTable: {tableName: t8, columns: [{column: {name: id, type: bigint}}]}
                """);

        String problem = "db.changelog-master.yaml::7::dba: its rollback leaves the schema different from before it; "
                + "to get back it would still need: - column t3.note";
        List<CheckResult.Case> cases = new ArrayList<>();
        IntStream.rangeClosed(1, 6).forEach(i -> cases.add(new CheckResult.Case("db.changelog-master.yaml::" + i
                + "::dba", null)));
        cases.add(new CheckResult.Case("db.changelog-master.yaml::7::dba", problem));
        assertThat(result).isEqualTo(new CheckResult("reversible", CheckResult.Status.FAILED, NOT_EXACT,
                List.of(problem), cases));
    }

    @Test
    void aRollbackThatDropsAnIndexItShouldKeepIsNamedWithTheIndex() throws Exception {
        CheckResult result = reversible(ITEM + """
                  - changeSet:
                      id: "2"
                      author: dba
                      changes:
                        - createIndex: {tableName: item, indexName: ix_item_code, columns: [{column: {name: code}}]}
                  - changeSet:
                      id: "3"
                      author: dba
                      changes:
                        - addColumn: {tableName: item, columns: [{column: {name: note, type: varchar(20)}}]}
                      rollback:
                        - dropColumn: {tableName: item, columnName: note}
                        - dropIndex: {tableName: item, indexName: ix_item_code}
                """);

        String problem = "db.changelog-master.yaml::3::dba: its rollback leaves the schema different from before it; "
                + "to get back it would still need: + index ix_item_code on item (code)";
        assertThat(result).isEqualTo(new CheckResult("reversible", CheckResult.Status.FAILED, NOT_EXACT,
                List.of(problem), List.of(new CheckResult.Case("db.changelog-master.yaml::1::dba", null),
                new CheckResult.Case("db.changelog-master.yaml::2::dba", null),
                new CheckResult.Case("db.changelog-master.yaml::3::dba", problem))));
    }

    @Test
    void aChangesetOutsideATransactionStepsLikeTheOthers() throws Exception {
        CheckResult result = reversible(ITEM + """
                  - changeSet:
                      id: "2"
                      author: dba
                      runInTransaction: false
                      changes:
                        - sql: {sql: create index concurrently ix_item_code on item (code)}
                      rollback:
                        - sql: {sql: drop index concurrently ix_item_code}
                """);

        assertThat(result).isEqualTo(new CheckResult("reversible", CheckResult.Status.PASSED,
                "2 changesets roll back exactly, one by one and all together", List.of(), List.of(
                new CheckResult.Case("db.changelog-master.yaml::1::dba", null),
                new CheckResult.Case("db.changelog-master.yaml::2::dba", null))));
    }

    private CheckResult reversible(String changelog) throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, changelog);
        try (ScratchDatabase db = TestPostgres.newDatabase(); Connection connection = db.connect()) {
            return new ChangelogChecks(new RecordingListener()).reversible(ChangelogLocation.of(master), connection,
                    ReversibleStart.ALL);
        }
    }
}
