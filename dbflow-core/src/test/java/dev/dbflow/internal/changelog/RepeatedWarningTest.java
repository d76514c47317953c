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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liquibase warns about one changeset each time it validates the whole changelog: once when listing the pending
 * changesets and once when the stairway starts. The warning is printed once, with its count.
 */
class RepeatedWarningTest {

    @TempDir
    Path project;

    @Test
    void aWarningLiquibaseRepeatsAtEachStepIsOneLineWithItsCount() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        // A column given by both header and index: Liquibase warns that it ignores the index.
        Files.writeString(master, """
                databaseChangeLog:
                  - changeSet: {id: "1", author: dba, changes: [{createTable: {tableName: item, columns: [
                      {column: {name: id, type: bigint}}, {column: {name: name, type: varchar(20)}}]}}]}
                  - changeSet:
                      {id: "2", author: dba, rollback: [{delete: {tableName: item}}], changes: [{loadData: {
                        tableName: item, file: items.csv, relativeToChangelogFile: true, columns: [
                          {column: {header: id, index: 1, name: id, type: NUMERIC}},
                          {column: {header: name, index: 2, name: name, type: STRING}}]}}]}
                """ + IntStream.rangeClosed(3, 6).mapToObj(i -> """
                  - changeSet:
                      id: "%d"
                      author: dba
                      changes:
                        - createTable: {tableName: t%d, columns: [{column: {name: id, type: bigint}}]}
                """.formatted(i, i)).collect(Collectors.joining()));
        Files.writeString(project.resolve("items.csv"), "id,name\n1,pen\n2,ink\n");
        RecordingListener listener = new RecordingListener();
        try (ScratchDatabase db = TestPostgres.newDatabase(); Connection connection = db.connect()) {

            CheckResult result = new ChangelogChecks(listener).reversible(ChangelogLocation.of(master), connection,
                    ReversibleStart.ALL);

            assertThat(result.status()).isEqualTo(CheckResult.Status.PASSED);
        }
        assertThat(listener.lines()).filteredOn(line -> line.contains("Liquibase")).containsExactly(
                "WARN Liquibase: Changeset db.changelog-master.yaml::2::dba: Since attribute 'header' is also defined,"
                        + " 'index' ignored for loadData / column[1] (name:'id'), Since attribute 'header' is also defined, 'index' ignored for loadData / column[2]"
                        + " (name:'name') (logged 2 times)");
    }
}
