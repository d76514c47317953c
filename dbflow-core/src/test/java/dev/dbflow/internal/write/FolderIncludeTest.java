package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The master dbflow creates includes its changes folder with includeAll, and later files leave it untouched; a master
 * with explicit includes keeps getting one include per file.
 */
class FolderIncludeTest {

    private static final String YAML_MASTER = """
            databaseChangeLog:
              - includeAll:
                  path: changes/
                  relativeToChangelogFile: true
                  errorIfMissingOrEmpty: false
            """;
    private static final String XML_MASTER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog
                    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                    http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                <includeAll path="changes/" relativeToChangelogFile="true" errorIfMissingOrEmpty="false"/>
            </databaseChangeLog>
            """;

    @TempDir
    Path dir;

    @Test
    void aNewYamlMasterIncludesTheFolderAndTheNextFileLeavesItByteForByte() throws Exception {
        Path master = dir.resolve("db.changelog-master.yaml");
        ChangelogWriter writer = new ChangelogWriter();

        writer.write(master, "changes/20261129100000_a.yaml", "databaseChangeLog: []\n", "");
        assertThat(master).content().isEqualTo(YAML_MASTER);
        Path second = writer.write(master, "changes/20261129100100_b.yaml", "databaseChangeLog: []\n", "");

        assertThat(master).content().isEqualTo(YAML_MASTER);
        assertThat(second).isEqualTo(dir.resolve("changes/20261129100100_b.yaml")).content()
                .isEqualTo("databaseChangeLog: []\n");
        try (var files = Files.list(dir.resolve("changes"))) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactly("20261129100000_a.yaml", "20261129100100_b.yaml");
        }
    }

    @Test
    void aNewXmlMasterIncludesTheFolderAndTheNextFileLeavesItByteForByte() throws Exception {
        Path master = dir.resolve("changelog-master.xml");
        ChangelogWriter writer = new ChangelogWriter();

        writer.write(master, "changes/20261129100000_a.xml", "<databaseChangeLog/>\n", "");
        assertThat(master).content().isEqualTo(XML_MASTER);
        writer.write(master, "changes/20261129100100_b.xml", "<databaseChangeLog/>\n", "");

        assertThat(master).content().isEqualTo(XML_MASTER);
    }

    @Test
    void aHandWrittenIncludeAllOfTheFolderRelativeToTheMasterCoversIt() {
        String handWritten = """
                databaseChangeLog:
                  # everything under changes, in file-name order
                  - include: {file: seed/base.yaml, relativeToChangelogFile: true}
                  - includeAll: {path: ./changes, relativeToChangelogFile: "true"}
                """;

        assertThat(FolderInclude.covers(ChangelogFormat.YAML, handWritten, "changes/20261129100000_a.yaml", "m")).isTrue();
        assertThat(FolderInclude.covers(ChangelogFormat.YAML, handWritten, "other/20261129100000_a.yaml", "m")).isFalse();
        assertThat(FolderInclude.lastFolder(ChangelogFormat.YAML, handWritten)).contains("changes");
        assertThat(FolderInclude.lastFolder(ChangelogFormat.XML, XML_MASTER)).contains("changes");
    }

    @Test
    void anIncludeAllResolvedAgainstTheClasspathOrABrokenMasterCoversNothing() {
        String classpath = "databaseChangeLog:\n  - includeAll: {path: db/changelog/changes/}\n";

        assertThat(FolderInclude.covers(ChangelogFormat.YAML, classpath, "changes/20261129100000_a.yaml", "m")).isFalse();
        assertThat(FolderInclude.covers(ChangelogFormat.YAML, "databaseChangeLog: [", "changes/x.yaml", "m")).isFalse();
        assertThat(FolderInclude.covers(ChangelogFormat.XML, "<databaseChangeLog>", "changes/x.xml", "m")).isFalse();
    }

    @Test
    void aMasterWithExplicitIncludesGetsOneMoreInclude() throws Exception {
        Path master = dir.resolve("db.changelog-master.yaml");
        String explicit = "databaseChangeLog:\n  - include:\n      file: changes/20261129100000_a.yaml\n"
                + "      relativeToChangelogFile: true\n";
        Files.writeString(master, explicit);

        new ChangelogWriter().write(master, "changes/20261129100100_b.yaml", "databaseChangeLog: []\n", "");

        // Where and how the include goes is MasterChangelog.addInclude's; here only that it is one.
        assertThat(master).content().contains("changes/20261129100000_a.yaml", "changes/20261129100100_b.yaml")
                .doesNotContain("includeAll");
    }

    @Test
    void entriesAfterTheIncludeAllWouldRunAfterTheNewFileSoNothingIsWritten() throws Exception {
        Path master = dir.resolve("db.changelog-master.yaml");
        String text = YAML_MASTER + "  - include:\n      file: hand-made.yaml\n      relativeToChangelogFile: true\n";
        Files.writeString(master, text);

        assertThatThrownBy(() -> new ChangelogWriter().write(master, "changes/20261129100000_a.yaml",
                "databaseChangeLog: []\n", ""))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Cannot add the new changeset to changes/: the master changelog " + master + " includes "
                        + "that folder with includeAll, but has entries after it, which would run after the new "
                        + "changeset although it was generated against what they build. Move the includeAll to the end "
                        + "of the master, or move the later entries into changes/ under names that sort where they "
                        + "should run; nothing was written.");
        assertThat(dir.resolve("changes")).doesNotExist();
        assertThat(master).content().isEqualTo(text);
    }
}
