package dev.dbflow.internal.changelog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the changesets that must roll back start, read from the changelog alone. */
class ReversibleStartTest {

    @TempDir
    Path project;

    private ChangelogLocation changelog() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, """
                databaseChangeLog:
                  - changeSet: {id: old-1, author: dba, changes: [{sql: {sql: select 1}}]}
                  - changeSet: {id: old-2, author: dba, changes: [{tagDatabase: {tag: v1}}]}
                  - changeSet: {id: "20261202101500-baseline", author: dev, comment: "baseline\\ndbflow-parent: old-2\\ndbflow-baseline", changes: [{sql: {sql: select 2}}]}
                  - changeSet: {id: later, author: dev, changes: [{sql: {sql: select 3}}]}
                """);
        return ChangelogLocation.of(master);
    }

    @Test
    void byDefaultItIsTheFirstChangesetDbflowWrote() throws Exception {
        assertThat(ReversibleStart.of(changelog(), null)).isEqualTo(new ReversibleStart("20261202101500-baseline",
                false, Set.of("db.changelog-master.yaml::old-1::dba", "db.changelog-master.yaml::old-2::dba")));
    }

    @Test
    void aTagStartsAtTheChangesetThatSetsIt() throws Exception {
        assertThat(ReversibleStart.of(changelog(), " v1 ")).isEqualTo(new ReversibleStart("v1", true,
                Set.of("db.changelog-master.yaml::old-1::dba")));
    }

    @Test
    void withoutAChangesetDbflowWroteEveryChangesetMustRollBack() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, "databaseChangeLog:\n  - changeSet: {id: a, author: dba, changes: [{sql: {sql: select 1}}]}\n");

        assertThat(ReversibleStart.of(ChangelogLocation.of(master), null)).isEqualTo(ReversibleStart.ALL);
    }
}
