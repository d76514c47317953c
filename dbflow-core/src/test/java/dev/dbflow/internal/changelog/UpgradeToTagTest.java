package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code upgrade -Ddbflow.toTag}: up to the changeset that tags the database, and a clear error without one. */
class UpgradeToTagTest {

    private static final String MASTER = """
            databaseChangeLog:
              - changeSet:
                  id: "1"
                  author: alice
                  changes:
                    - createTable: {tableName: a, columns: [{column: {name: id, type: bigint}}]}
              - changeSet:
                  id: "2"
                  author: alice
                  changes:
                    - tagDatabase: {tag: v1.4}
              - changeSet:
                  id: "3"
                  author: alice
                  changes:
                    - createTable: {tableName: c, columns: [{column: {name: id, type: bigint}}]}
            """;

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();
    private final Dbflow dbflow = new Dbflow(listener);

    @Test
    void upgradeStopsAfterTheChangesetThatTagsTheDatabase() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));
            String where = "the database '" + db.name() + "' at " + TestPostgres.server().host() + ":"
                    + TestPostgres.server().port();

            assertThat(dbflow.upgradeToTag(request, "v1.4")).extracting(ChangesetRef::id).containsExactly("1", "2");
            assertThat(dbflow.history(request)).extracting(ChangesetRef::id).containsExactly("1", "2");
            assertThat(listener.lines()).containsExactly(
                    "Applied db.changelog-master.yaml::1::alice", "Applied db.changelog-master.yaml::2::alice",
                    "Applied 2 changesets to " + where + " up to tag 'v1.4'; head is now "
                            + "db.changelog-master.yaml::2::alice.");

            assertThat(dbflow.upgradeToTag(request, "v1.4")).isEmpty();
            assertThat(dbflow.history(request)).extracting(ChangesetRef::id).containsExactly("1", "2");
            assertThat(listener.lines()).last().isEqualTo("The " + where.substring("the ".length())
                    + " is already at tag 'v1.4' or past it; no changeset was applied.");
        }
    }

    @Test
    void aTagNoChangesetSetsIsRefusedBeforeAnythingIsApplied() throws Exception {
        Path master = project.resolve("db.changelog-master.yaml");
        Files.writeString(master, MASTER);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            ChangelogRequest request = new ChangelogRequest(master, ModelProject.target(db));

            assertThatThrownBy(() -> dbflow.upgradeToTag(request, "v2.0"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("No changeset of " + master + " tags the database with 'v2.0', so there is nothing to "
                            + "upgrade to. Add a changeset with the change `tagDatabase: {tag: v2.0}` where that "
                            + "release ends, or upgrade by count (-Ddbflow.count). Tags set with mvn dbflow:tag mark a "
                            + "database, not the changelog.");
            assertThat(dbflow.history(request)).isEmpty();
        }
    }
}
