package dev.dbflow.internal.generate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.DiscardRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * discard takes back the last generated changeset (file and include; only the file when the master includes its folder
 * whole), never one a target database applied.
 */
class DiscardTest {

    private static final Map<String, String> ITEM = Map.of("app/Item.java", "package app; @jakarta.persistence.Entity"
            + " public class Item { @jakarta.persistence.Id Long id; String name; }");
    private static final Map<String, String> ITEM_WITH_NOTE = Map.of("app/Item.java", "package app;"
            + " @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; String name; String note; }");

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();

    /** The master a project had before dbflow created masters with includeAll: one include per changeset. */
    private static final String EXPLICIT_MASTER = "databaseChangeLog:\n";

    @Test
    void theLastChangesetGoesWithItsIncludeAndTheMasterIsAsBeforeIt() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster(EXPLICIT_MASTER);
        project.generate(ITEM, "hibernate", "item");
        String masterBefore = Files.readString(project.master());
        Path note = project.generate(ITEM_WITH_NOTE, "hibernate", "add note").changesetFile().orElseThrow();
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Path discarded = new Dbflow(listener).discard(new DiscardRequest(project.master(), ModelProject.target(db)));

            assertThat(discarded).isEqualTo(note);
            assertThat(note).doesNotExist();
            assertThat(Files.readString(project.master())).isEqualTo(masterBefore);
            assertThat(listener.lines()).containsExactly(
                    "The database '" + db.name() + "' at " + db.server().host() + ":" + db.server().port()
                            + " has not applied " + note.getFileName() + ".",
                    "Discarded changes/" + note.getFileName() + " and its include in db.changelog-master.yaml.");
        }
        GenerateResult again = project.generate(ITEM_WITH_NOTE, "hibernate", "add note");
        assertThat(again.summary()).containsExactly("+ column item.note varchar(255)");
    }

    @Test
    void aChangesetTheTargetAppliedStays() throws Exception {
        ModelProject project = new ModelProject(dir);
        Path item = project.generate(ITEM, "hibernate", "item").changesetFile().orElseThrow();
        String master = Files.readString(project.master());
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgrade(db);

            assertThatThrownBy(() -> new Dbflow(listener).discard(new DiscardRequest(project.master(),
                    ModelProject.target(db))))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("Not discarded: the database '" + db.name() + "' at " + db.server().host() + ":"
                            + db.server().port() + " has applied db/changelog/changes/" + item.getFileName() + "::"
                            + "20260102030500-item::tester from changes/" + item.getFileName() + ". Roll it back there "
                            + "first (mvn dbflow:rollback), then discard it; or keep it and write the next change as a "
                            + "new changeset.");
        }
        assertThat(item).exists();
        assertThat(Files.readString(project.master())).isEqualTo(master);
    }

    @Test
    void withoutATargetItSaysNoDatabaseWasChecked() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster(EXPLICIT_MASTER);
        Path item = project.generate(ITEM, "hibernate", "item").changesetFile().orElseThrow();

        new Dbflow(listener).discard(new DiscardRequest(project.master(), null));

        assertThat(item).doesNotExist();
        assertThat(project.master()).content().isEqualTo(EXPLICIT_MASTER);
        assertThat(listener.lines()).containsExactly(
                "WARN No target database is configured: not checked whether one applied " + item.getFileName() + ".",
                "Discarded changes/" + item.getFileName() + " and its include in db.changelog-master.yaml.");
    }

    @Test
    void withTheFolderIncludedWholeOnlyTheNewestGeneratedFileGoesAndTheMasterStaysAsItIs() throws Exception {
        ModelProject project = new ModelProject(dir);
        Path item = project.generate(ITEM, "hibernate", "item").changesetFile().orElseThrow();
        String master = Files.readString(project.master());
        Files.writeString(item.resolveSibling("README.md"), "Changesets of the item service.\n");
        Path note = project.generate(ITEM_WITH_NOTE, "hibernate", "add note").changesetFile().orElseThrow();

        new Dbflow(listener).discard(new DiscardRequest(project.master(), null));

        assertThat(note).doesNotExist();
        assertThat(item).exists();
        assertThat(project.master()).content().isEqualTo(master);
        assertThat(listener.lines()).endsWith(
                "WARN No target database is configured: not checked whether one applied " + note.getFileName() + ".",
                "Discarded changes/" + note.getFileName() + "; db.changelog-master.yaml includes its folder whole "
                        + "and stays as it is.");
        assertThat(project.generate(ITEM_WITH_NOTE, "hibernate", "add note").summary())
                .containsExactly("+ column item.note varchar(255)");
    }

    @Test
    void aMasterWhoseOnlyChangesetWasDiscardedStillParsesAndNothingIsLeftToDiscard() throws Exception {
        ModelProject project = new ModelProject(dir);
        Path item = project.generate(ITEM, "hibernate", "item").changesetFile().orElseThrow();
        new Dbflow(listener).discard(new DiscardRequest(project.master(), null));

        assertThat(item).doesNotExist();
        assertThat(project.generate(ITEM, "hibernate", "item").summary()).containsExactly("+ table item (2 columns)");
        new Dbflow(listener).discard(new DiscardRequest(project.master(), null));
        assertThatThrownBy(() -> new Dbflow(listener).discard(new DiscardRequest(project.master(), null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Cannot discard: the folder changes/ that the master changelog "
                        + project.master().toAbsolutePath() + " includes holds no changeset file, so there is "
                        + "nothing to discard.");
    }

    @Test
    void aHandWrittenFileThatTheFolderRunsLastIsLeftAlone() throws Exception {
        ModelProject project = new ModelProject(dir);
        Path item = project.generate(ITEM, "hibernate", "item").changesetFile().orElseThrow();
        Files.writeString(item.resolveSibling("seed.yaml"), "databaseChangeLog: []\n");

        assertThatThrownBy(() -> new Dbflow(listener).discard(new DiscardRequest(project.master(), null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Cannot discard changes/seed.yaml, the last file that the includeAll of "
                        + project.master().toAbsolutePath() + " runs: its name is not one generate gives "
                        + "(<timestamp>_<name>.<format>, or <number>-<name>.<format> in a folder of numbered files), "
                        + "so it was written by hand. Remove it by hand.");
        assertThat(item).exists();
    }

    @Test
    void aMasterWhoseLastEntryIsHandWrittenIsLeftAlone() throws Exception {
        ModelProject project = new ModelProject(dir);
        Path item = project.generate(ITEM, "hibernate", "item").changesetFile().orElseThrow();
        Files.writeString(project.master(), Files.readString(project.master())
                + "  - include:\n      file: hand/seed.yaml\n      relativeToChangelogFile: true\n");

        assertThatThrownBy(() -> new Dbflow(listener).discard(new DiscardRequest(project.master(), null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Cannot discard hand/seed.yaml, the last include of " + project.master().toAbsolutePath()
                        + ": its name is not one generate gives (<timestamp>_<name>.<format>, or "
                        + "<number>-<name>.<format> in a folder of numbered files), so it was written by hand. Remove "
                        + "it and its include by hand.");
        assertThat(item).exists();
    }
}
