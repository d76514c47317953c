package dev.dbflow.internal.generate;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: with a target database, generate says when that database is behind the changelog or has another
 * branch's changesets, since the changeset it writes follows the changelog.
 */
class GenerateAgainstTargetTest {

    private static final Map<String, String> ENTITY = Map.of("app/Item.java",
            "package app; @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; }");

    @TempDir
    Path dir;

    private static String changelog(int... changesets) {
        StringBuilder text = new StringBuilder("databaseChangeLog:\n");
        for (int i : changesets) {
            text.append("""
                      - changeSet:
                          id: "%d"
                          author: alice
                          changes:
                            - createTable:
                                tableName: t%d
                                columns:
                                  - column: {name: id, type: bigint}
                    """.formatted(i, i));
        }
        return text.toString();
    }

    @Test
    void warnsOfPendingChangesetsAndAnotherBranchsApplied() throws Exception {
        ModelProject project = new ModelProject(dir);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.writeMaster(changelog(1, 2));
            ChangelogRequest request = new ChangelogRequest(project.master(), ModelProject.target(db));
            new Dbflow(DbflowListener.SILENT).upgrade(request);
            project.writeMaster(changelog(1, 3, 4));
            ChangesetRef second = new Dbflow(DbflowListener.SILENT).history(request).get(1);
            project.countRowsIn(db);

            project.generate(ENTITY, "hibernate", "item");

            String where = "database '" + db.name() + "' at " + TestPostgres.server().host() + ":"
                    + TestPostgres.server().port();
            assertThat(project.listener().lines()).filteredOn(line -> line.startsWith("WARN The " + where))
                    .containsExactly("WARN The " + where + " has 1 applied changeset that this changelog does not "
                                    + "contain (another branch's?): 2 by alice in db/changelog/db.changelog-master.yaml "
                                    + "(applied " + second.appliedAt().truncatedTo(ChronoUnit.SECONDS) + "). Switch to "
                                    + "the branch that has it and roll it back there, or merge that branch.",
                            "WARN The " + where + " has 2 pending changesets (3, 4): run mvn dbflow:upgrade first; "
                                    + "the new changeset is generated against the changelog, not that database.");
        }
    }
}
