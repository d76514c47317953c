package dev.dbflow.internal.generate;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.DiscardRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.ResourceFiles;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19: a folder of hand-kept changesets numbered {@code 001-…} or {@code 0009_…} gets the next number, with the
 * same padding, separator and word joiner; a folder of timestamped files keeps dbflow's timestamp names. The changeset
 * id stays dbflow's either way.
 */
class NumberedFilesTest {

    private static final Map<String, String> ITEM_WITH_NOTE = Map.of("app/Item.java", "package app; "
            + "@jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; "
            + "@jakarta.persistence.Column(length = 40, nullable = false) String name; String note; }");
    private static final String CREATE_ITEM = "<createTable tableName=\"item\"><column name=\"id\" type=\"bigint\">"
            + "<constraints primaryKey=\"true\" primaryKeyName=\"item_pkey\" nullable=\"false\"/></column></createTable>";
    private static final String ADD_NAME = "<addColumn tableName=\"item\"><column name=\"name\" type=\"varchar(40)\">"
            + "<constraints nullable=\"false\"/></column></addColumn>";
    private static final String ITEM_YAML = "{createTable: {tableName: item, columns: [{column: {name: id, type: bigint, "
            + "constraints: {primaryKey: true, primaryKeyName: item_pkey}}}]}}";
    private static final String NAME_YAML = "{addColumn: {tableName: item, columns: [{column: {name: name, "
            + "type: varchar(40), constraints: {nullable: false}}}]}}";
    private static final String INCLUDE_ALL = """
            databaseChangeLog:
              - includeAll:
                  path: changes/
                  relativeToChangelogFile: true
            """;

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();

    private ResourceFiles files() {
        return new ResourceFiles(project);
    }

    private GenerateResult generate(Path master) {
        return new AddNoteGeneration(project, listener).run(master, ITEM_WITH_NOTE);
    }

    /** An includeAll master of {@code db/changes/}: the item table in {@code first}, its name column in {@code second}. */
    private Path includeAll(String first, String second) throws Exception {
        files().write("db/changelog.yaml", INCLUDE_ALL);
        files().write("db/changes/" + first, yamlChangeset("item", ITEM_YAML));
        files().write("db/changes/" + second, yamlChangeset("name", NAME_YAML));
        return files().path("db/changelog.yaml");
    }

    private List<String> changes() throws Exception {
        try (var files = Files.list(files().path("db/changes"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String xmlChangelog(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog
                    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                %s</databaseChangeLog>
                """.formatted(body);
    }

    private static String xmlChangeset(String id, String change) {
        return xmlChangelog("    <changeSet id=\"" + id + "\" author=\"team\">" + change + "</changeSet>\n");
    }

    private static String yamlChangeset(String id, String change) {
        return "databaseChangeLog:\n  - changeSet:\n      id: " + id + "\n      author: team\n      changes:\n"
                + "        - " + change + "\n";
    }

    private static String include(String file) {
        return "    <include file=\"" + file + "\" relativeToChangelogFile=\"true\"/>\n";
    }

    @Test
    void anExplicitMasterOfNumberedFilesGetsTheNextNumberAndItsIncludeWhichDiscardTakesBack() throws Exception {
        String before = xmlChangelog(include("changes/001-create-item.xml") + include("changes/002-add-name.xml"));
        files().write("db/master.xml", before);
        files().write("db/changes/001-create-item.xml", xmlChangeset("1", CREATE_ITEM));
        files().write("db/changes/002-add-name.xml", xmlChangeset("2", ADD_NAME));
        Path master = files().path("db/master.xml");

        GenerateResult result = generate(master);

        assertThat(result.changesetFile()).contains(files().path("db/changes/003-add-note.xml"));
        assertThat(Files.readString(master)).isEqualTo(xmlChangelog(include("changes/001-create-item.xml")
                + include("changes/002-add-name.xml") + include("changes/003-add-note.xml")));
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            assertThat(new Dbflow(listener).upgrade(new ChangelogRequest(master, ModelProject.target(db))))
                    .extracting(ref -> ref.file() + "::" + ref.id())
                    .containsExactly("db/changes/001-create-item.xml::1", "db/changes/002-add-name.xml::2",
                            "db/changes/003-add-note.xml::20260102030400-add-note");
        }
        assertThat(generate(master).changesetFile()).isEmpty();

        assertThat(new Dbflow(listener).discard(new DiscardRequest(master, null)))
                .isEqualTo(files().path("db/changes/003-add-note.xml"));
        assertThat(Files.readString(master)).isEqualTo(before);
        assertThat(files().path("db/changes/003-add-note.xml")).doesNotExist();
        // The hand-written 002 carries no lineage comment, so discard leaves it and its include alone.
        assertThatThrownBy(() -> new Dbflow(listener).discard(new DiscardRequest(master, null)))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("Cannot discard "
                        + "changes/002-add-name.xml, the last include of " + master + ": it holds no changeset");
        assertThat(Files.readString(master)).isEqualTo(before);
    }

    @Test
    void anIncludeAllFolderOfNumberedFilesGetsTheNextNumberAndTheMasterStaysAsItIs() throws Exception {
        Path master = includeAll("0009_item.yaml", "0010_item_name.yaml");

        GenerateResult result = generate(master);

        assertThat(result.changesetFile()).contains(files().path("db/changes/0011_add_note.yaml"));
        assertThat(Files.readString(master)).isEqualTo(INCLUDE_ALL);
        assertThat(changes()).containsExactly("0009_item.yaml", "0010_item_name.yaml", "0011_add_note.yaml");
        assertThat(generate(master).changesetFile()).isEmpty();
    }

    @Test
    void aFolderOfTimestampedFilesKeepsTimestampNames() throws Exception {
        Path master = includeAll("20240101000000_item.yaml", "20240102000000_name.yaml");

        assertThat(generate(master).changesetFile())
                .contains(files().path("db/changes/20260102030400_add_note.yaml"));
        assertThat(Files.readString(master)).isEqualTo(INCLUDE_ALL);
    }

    @Test
    void theNumberAfterNinetyNineTakesAThirdDigitWhereIncludesGiveTheOrder() throws Exception {
        String item = CREATE_ITEM.replace("</column></createTable>", "</column><column name=\"name\" "
                + "type=\"varchar(40)\"><constraints nullable=\"false\"/></column></createTable>");
        files().write("db/master.xml", xmlChangelog(include("changes/99-item.xml")));
        files().write("db/changes/99-item.xml", xmlChangeset("99", item));
        Path master = files().path("db/master.xml");

        assertThat(generate(master).changesetFile()).contains(files().path("db/changes/100-add-note.xml"));
        assertThat(Files.readString(master)).isEqualTo(xmlChangelog(include("changes/99-item.xml")
                + include("changes/100-add-note.xml")));
    }

    @Test
    void anIncludeAllFolderWhoseNextNumberWouldSortFirstIsRefusedAndNothingIsWritten() throws Exception {
        Path master = includeAll("98-item.yaml", "99-name.yaml");

        assertThatThrownBy(() -> generate(master)).isInstanceOf(ConfigurationException.class).hasMessage(
                "Cannot name the new changeset in changes/: its files are numbered, and the next name, 100-…, sorts "
                        + "before 98-item.yaml, so the master's includeAll, which runs the folder's files in the "
                        + "order of their names, would run the new changeset before changesets it was generated "
                        + "after. Give the existing numbers leading zeros up to 3 digits (a renamed file is recorded "
                        + "under a new FILENAME, so update DATABASECHANGELOG to match), or include the files one by "
                        + "one; nothing was written.");
        assertThat(changes()).containsExactly("98-item.yaml", "99-name.yaml");
    }

    @Test
    void aFileThatHoldsTheNextNameButIsNotIncludedIsNeverReplaced() throws Exception {
        String before = xmlChangelog(include("changes/001-create-item.xml") + include("changes/002-add-name.xml"));
        files().write("db/master.xml", before);
        files().write("db/changes/001-create-item.xml", xmlChangeset("1", CREATE_ITEM));
        files().write("db/changes/002-add-name.xml", xmlChangeset("2", ADD_NAME));
        files().write("db/changes/003-add-note.xml", "<!-- a colleague's work in progress -->\n");
        Path master = files().path("db/master.xml");

        assertThatThrownBy(() -> generate(master)).isInstanceOf(ConfigurationException.class).hasMessage(
                "The changelog file " + files().path("db/changes/003-add-note.xml") + " already exists, so generate "
                        + "wrote nothing: dbflow never replaces a file it did not just create. If the file is a "
                        + "changeset the master should run, include it (then the next file gets the next name); else "
                        + "move it away, or give another message (-Ddbflow.message), and run again.");
        assertThat(Files.readString(files().path("db/changes/003-add-note.xml")))
                .isEqualTo("<!-- a colleague's work in progress -->\n");
        assertThat(Files.readString(master)).isEqualTo(before);
    }
}
