package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.RollbackRequest;
import dev.dbflow.api.StatusResult;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rollback to a point in time, and status listing the tags with the changesets they mark. */
class RollbackToDateAndTagsTest {

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();
    private final Dbflow dbflow = new Dbflow(listener);

    private static String changelog(int changesets) {
        StringBuilder text = new StringBuilder("databaseChangeLog:\n");
        for (int i = 1; i <= changesets; i++) {
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
    void rollbackToADateUndoesWhatWasAppliedAfterIt() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
            Files.writeString(master, changelog(1));
            dbflow.upgrade(request);
            Thread.sleep(1100);
            Instant between = Instant.now();
            Thread.sleep(1100);
            Files.writeString(master, changelog(3));
            dbflow.upgrade(request);

            List<ChangesetRef> undone = dbflow.rollback(new RollbackRequest(master, ModelProject.target(db), 1, null,
                    null, between));

            assertThat(undone).extracting(ChangesetRef::id).containsExactly("3", "2");
            assertThat(dbflow.history(request)).extracting(ChangesetRef::id).containsExactly("1");
            assertThat(listener.lines()).last().isEqualTo("Rolled back 2 changesets on the database '" + db.name()
                    + "' at " + TestPostgres.server().host() + ":" + TestPostgres.server().port() + " to " + between
                    + ".");
        }
    }

    @Test
    void statusListsEachTagWithTheChangesetItMarks() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
            Files.writeString(master, changelog(1));
            dbflow.upgrade(request);
            dbflow.tag(request, "v1.3");
            Files.writeString(master, changelog(2));
            dbflow.upgrade(request);
            dbflow.tag(request, "v1.4");
            Files.writeString(master, changelog(3));

            StatusResult status = dbflow.status(request);

            assertThat(status.tags()).containsOnlyKeys("v1.3", "v1.4");
            assertThat(status.tags().keySet()).containsExactly("v1.3", "v1.4");
            assertThat(status.tags().values()).extracting(ChangesetRef::display)
                    .containsExactly("db.changelog-master.yaml::1::alice", "db.changelog-master.yaml::2::alice");
            assertThat(status.pending()).extracting(ChangesetRef::id).containsExactly("3");
        }
    }

    @Test
    void theDateSettingTakesDatesLocalTimesAndInstants() {
        ZoneId zone = ZoneOffset.ofHours(2);
        assertThat(RollbackRequest.parseDate("2026-11-29", zone)).isEqualTo(Instant.parse("2026-11-28T22:00:00Z"));
        assertThat(RollbackRequest.parseDate("2026-11-29 10:00", zone)).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        assertThat(RollbackRequest.parseDate("2026-11-29T10:00:30", zone))
                .isEqualTo(Instant.parse("2026-11-29T08:00:30Z"));
        assertThat(RollbackRequest.parseDate("2026-11-29T10:00:00Z", zone))
                .isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        assertThat(RollbackRequest.parseDate("2026-11-29T10:00:00+01:00", zone))
                .isEqualTo(Instant.parse("2026-11-29T09:00:00Z"));
        assertThat(RollbackRequest.parseDate(" ", zone)).isNull();
        assertThatThrownBy(() -> RollbackRequest.parseDate("yesterday", zone))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The setting 'toDate' (-Ddbflow.toDate) is 'yesterday': give a date (2026-11-29), a local "
                        + "date and time (2026-11-29T10:00, time zone +02:00) or an instant (2026-11-29T10:00:00Z); "
                        + "changesets applied after it are rolled back.");
    }

    @Test
    void aTagAndADateTogetherAreRefused() {
        assertThatThrownBy(() -> new RollbackRequest(project,
                new TargetDatabase("jdbc:postgresql://localhost/app", "app", null, "parameter url"), 1, "v1", null,
                Instant.parse("2026-11-29T10:00:00Z")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Both 'toTag' (-Ddbflow.toTag=v1) and 'toDate' (-Ddbflow.toDate=2026-11-29T10:00:00Z) are "
                        + "set: roll back to a tag or to a date, not both.");
    }
}
