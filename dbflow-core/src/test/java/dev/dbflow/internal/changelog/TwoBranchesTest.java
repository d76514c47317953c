package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.CheckResult;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.RollbackRequest;
import dev.dbflow.api.StatusResult;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18: one developer database, two branches. The feature branch applied changeset 3; back on the main branch,
 * whose changelog does not have it, every goal that reads the database names it.
 */
class TwoBranchesTest {

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();
    private final Dbflow dbflow = new Dbflow(listener);

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

    /** Applies changesets 1 to 3 (the feature branch), then checks out the main branch's 1 and 2 and {@code more}. */
    private ChangesetRef featureBranchApplied(ScratchDatabase db, Path master, int... more) throws Exception {
        ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
        Files.writeString(master, changelog(1, 2, 3));
        dbflow.upgrade(request);
        ChangesetRef third = dbflow.history(request).get(2);
        int[] main = new int[2 + more.length];
        main[0] = 1;
        main[1] = 2;
        System.arraycopy(more, 0, main, 2, more.length);
        Files.writeString(master, changelog(main));
        return third;
    }

    private static String where(ScratchDatabase db) {
        return "database '" + db.name() + "' at " + TestPostgres.server().host() + ":" + TestPostgres.server().port();
    }

    private static String warning(ScratchDatabase db, ChangesetRef third) {
        return "The " + where(db) + " has 1 applied changeset that this changelog does not contain (another "
                + "branch's?): 3 by alice in db.changelog-master.yaml (applied "
                + third.appliedAt().truncatedTo(ChronoUnit.SECONDS) + "). Switch to the branch that has it and roll it "
                + "back there, or merge that branch.";
    }

    @Test
    void statusListsTheOtherBranchsChangesetAndIsNotUpToDate() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangesetRef third = featureBranchApplied(db, master);

            StatusResult status = dbflow.status(new ChangelogRequest(master, ModelProject.target(db)));

            assertThat(status).isEqualTo(new StatusResult(Optional.of(third), List.of(), Map.of(),
                    List.of("1 applied changeset is not in this changelog (another branch's?): switch to the branch "
                            + "that has it and roll it back there, or merge that branch."), List.of(third)));
            assertThat(status.upToDate()).isFalse();
        }
    }

    @Test
    void upgradeWarnsAndAppliesWhatThisBranchHas() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangesetRef third = featureBranchApplied(db, master, 4);
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
            int before = listener.lines().size();

            dbflow.upgrade(request);

            assertThat(listener.lines().subList(before, listener.lines().size())).containsExactly(
                    "WARN " + warning(db, third),
                    "Applied db.changelog-master.yaml::4::alice",
                    "Applied 1 changeset to the " + where(db) + "; head is now db.changelog-master.yaml::4::alice.");
            assertThat(dbflow.history(request)).extracting(ChangesetRef::id).containsExactly("1", "2", "3", "4");
        }
    }

    @Test
    void historyWarnsAboutTheOtherBranchsChangeset() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangesetRef third = featureBranchApplied(db, master);
            int before = listener.lines().size();

            List<ChangesetRef> history = dbflow.history(new ChangelogRequest(master, ModelProject.target(db)));

            assertThat(history).extracting(ChangesetRef::id).containsExactly("1", "2", "3");
            assertThat(listener.lines().subList(before, listener.lines().size()))
                    .containsExactly("WARN " + warning(db, third));
        }
    }

    @Test
    void rollbackRefusesToPassOverTheOtherBranchsChangesetAndRollsBackNothing() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
            Files.writeString(master, changelog(1));
            dbflow.upgrade(request);
            dbflow.tag(request, "v1");
            ChangesetRef third = featureBranchApplied(db, master);
            ChangesetRef second = dbflow.history(request).get(1);
            String refusal = "Rollback on the " + where(db) + " refused, nothing was rolled back: it would undo 2 by "
                    + "alice in db.changelog-master.yaml (applied " + second.appliedAt().truncatedTo(ChronoUnit.SECONDS)
                    + "), which was applied before 3 by alice in db.changelog-master.yaml (applied "
                    + third.appliedAt().truncatedTo(ChronoUnit.SECONDS) + "), a changeset this changelog does not "
                    + "contain (another branch's?). Switch to the branch that has it and roll it back there, or merge "
                    + "that branch; then run this rollback again.";

            assertThatThrownBy(() -> dbflow.rollback(new RollbackRequest(master, ModelProject.target(db), 1)))
                    .isInstanceOf(ConfigurationException.class).hasMessage(refusal);
            assertThatThrownBy(() -> dbflow.rollback(new RollbackRequest(master, ModelProject.target(db), 1, "v1",
                    null)))
                    .isInstanceOf(ConfigurationException.class).hasMessage(refusal);
            Path script = project.resolve("rollback.sql");
            assertThatThrownBy(() -> dbflow.rollbackSql(new RollbackRequest(master, ModelProject.target(db), 1),
                    script)).isInstanceOf(ConfigurationException.class).hasMessage(refusal);
            assertThat(script).doesNotExist();

            assertThat(dbflow.history(request)).extracting(ChangesetRef::id).containsExactly("1", "2", "3");
            try (Connection connection = db.connect()) {
                assertThat(connection.getMetaData().getTables(null, "public", "t2", null).next()).isTrue();
            }
        }
    }

    @Test
    void rollbackOfWhatWasAppliedAfterTheOtherBranchsChangesetGoesAhead() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangesetRef third = featureBranchApplied(db, master, 4);
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
            dbflow.upgrade(request);

            List<ChangesetRef> undone = dbflow.rollback(new RollbackRequest(master, ModelProject.target(db), 1));

            assertThat(undone).extracting(ChangesetRef::id).containsExactly("4");
            assertThat(listener.lines()).contains("WARN " + warning(db, third));
            assertThat(dbflow.history(request)).extracting(ChangesetRef::id).containsExactly("1", "2", "3");
        }
    }

    @Test
    void verifyNamesTheOtherBranchAsTheCauseOfTheDrift() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        try (ScratchDatabase db = TestPostgres.newDatabase();
             ScratchDatabase scratch = TestPostgres.newDatabase();
             Connection scratchConnection = scratch.connect()) {
            ChangesetRef third = featureBranchApplied(db, master);

            List<CheckResult> checks = new TargetChecks(listener).check(ChangelogLocation.of(master),
                    ModelProject.target(db), scratchConnection);

            assertThat(checks.get(1)).isEqualTo(new CheckResult("no drift", CheckResult.Status.FAILED, "the "
                    + where(db) + " has 1 applied changeset from another branch", List.of(warning(db, third),
                    "compared with what this changelog's 2 applied changesets build, it has: + table t3 (1 columns)")));
        }
    }
}
