package dev.dbflow.maven;

import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.StatusResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines {@code status} answers with: for a database that has another branch's changeset (issue 18), and for one
 * made before dbflow, with tables but no Liquibase history (issue 19).
 */
class StatusAnswerTest {

    private static final String FILE = "db/changelog/db.changelog-master.yaml";

    @Test
    void anotherBranchsChangesetIsListedAndTheDatabaseIsNotUpToDate() {
        ChangesetRef feature = new ChangesetRef("3", "alice", FILE, Instant.parse("2026-12-05T10:15:30.250Z"));

        List<String> answer = StatusMojo.answer(new StatusResult(Optional.of(feature), List.of(), Map.of(),
                List.of("1 applied changeset is not in this changelog (another branch's?): switch to the branch that "
                        + "has it and roll it back there, or merge that branch."), List.of(feature)));

        assertThat(answer).containsExactly(
                "Head: db/changelog/db.changelog-master.yaml::3::alice (applied 2026-12-05T10:15:30Z)",
                "Not in this changelog: db/changelog/db.changelog-master.yaml::3::alice (applied 2026-12-05T10:15:30Z)");
    }

    @Test
    void tablesWithoutHistoryAreSentToBaselineNotToUpgrade() {
        ChangesetRef baseline = new ChangesetRef("20260101090000-baseline", "alice", FILE, null);

        assertThat(StatusMojo.answer(new StatusResult(Optional.empty(), List.of(baseline), Map.of(), List.of(),
                List.of(), true))).containsExactly(
                "Head: none, this database has tables but no Liquibase history: run mvn dbflow:baseline");
    }

    @Test
    void nothingPendingAndNothingUnexpectedIsUpToDate() {
        ChangesetRef head = new ChangesetRef("2", "alice", FILE, Instant.parse("2026-12-05T10:15:30Z"));

        assertThat(StatusMojo.answer(new StatusResult(Optional.of(head), List.of(), Map.of()))).containsExactly(
                "Head: db/changelog/db.changelog-master.yaml::2::alice (applied 2026-12-05T10:15:30Z)",
                "Up to date: no pending changesets.");
    }
}
