package dev.dbflow.internal.generate;

import dev.dbflow.api.ChangelogRequest;
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

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: generate writes into a changelog the team already has the way its own changesets are written: in their
 * folder, included in their form (JHipster's classpath-relative XML includes), before a generator's needle comment,
 * the rest of the master unchanged; discard takes back exactly that.
 */
class ExistingLayoutTest {

    private static final Map<String, String> ITEM_WITH_NOTE = Map.of("app/Item.java", "package app; "
            + "@jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; "
            + "@jakarta.persistence.Column(length = 40, nullable = false) String name; String note; }");
    private static final String JHIPSTER_MASTER = """
            <?xml version="1.0" encoding="utf-8"?>
            <databaseChangeLog
                xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                <property name="now" value="current_timestamp" dbms="postgresql"/>

                <!-- The application's entities, as JHipster generated them. -->
                <include file="config/liquibase/changelog/00000000000000_initial_schema.xml" relativeToChangelogFile="false"/>
                <include file="config/liquibase/changelog/20240311093000_added_entity_Item.xml" relativeToChangelogFile="false"/>
                <!-- jhipster-needle-liquibase-add-changelog - JHipster will add liquibase changelogs here -->
                <include file="config/liquibase/changelog/20240311093000_added_entity_constraints_Item.xml" relativeToChangelogFile="false"/>
                <!-- jhipster-needle-liquibase-add-constraints-changelog - JHipster will add liquibase constraints changelogs here -->
                <!-- jhipster-needle-liquibase-add-incremental-changelog - JHipster will add incremental liquibase changelogs here -->
            </databaseChangeLog>
            """;

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();

    private void write(String file, String text) throws Exception {
        new ResourceFiles(project).write(file, text);
    }

    private Path resources(String file) {
        return new ResourceFiles(project).path(file);
    }

    private GenerateResult generate(Path master, Map<String, String> sources) {
        return new AddNoteGeneration(project, listener).run(master, sources);
    }

    private static String xmlChangeset(String id, String change) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <databaseChangeLog
                    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                    <changeSet id="%s" author="jhipster">
                        %s
                    </changeSet>
                </databaseChangeLog>
                """.formatted(id, change);
    }

    private static String golden(String name) throws Exception {
        try (InputStream in = ExistingLayoutTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aJHipsterMasterGetsTheChangesetInItsChangelogFolderIncludedFromTheClasspathBeforeTheNeedle()
            throws Exception {
        write("config/liquibase/master.xml", JHIPSTER_MASTER);
        write("config/liquibase/changelog/00000000000000_initial_schema.xml", xmlChangeset("00000000000000",
                "<createTable tableName=\"item\"><column name=\"id\" type=\"bigint\"><constraints primaryKey="
                        + "\"true\" primaryKeyName=\"item_pkey\" nullable=\"false\"/></column></createTable>"));
        write("config/liquibase/changelog/20240311093000_added_entity_Item.xml", xmlChangeset("20240311093000-1",
                "<addColumn tableName=\"item\"><column name=\"name\" type=\"varchar(40)\"/></addColumn>"));
        write("config/liquibase/changelog/20240311093000_added_entity_constraints_Item.xml",
                xmlChangeset("20240311093000-2", "<addNotNullConstraint tableName=\"item\" columnName=\"name\" "
                        + "columnDataType=\"varchar(40)\"/>"));
        Path master = resources("config/liquibase/master.xml");

        GenerateResult result = generate(master, ITEM_WITH_NOTE);

        Path written = resources("config/liquibase/changelog/20260102030400_add_note.xml");
        assertThat(result.summary()).containsExactly("+ column item.note varchar(255)");
        assertThat(result.changesetFile()).contains(written);
        assertThat(resources("config/liquibase/changes")).doesNotExist();
        assertThat(Files.readString(master)).isEqualTo(golden("jhipster_master.xml"));
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            assertThat(new Dbflow(listener).upgrade(new ChangelogRequest(master, ModelProject.target(db))))
                    .extracting(ref -> ref.file() + "::" + ref.id())
                    .containsExactly("config/liquibase/changelog/00000000000000_initial_schema.xml::00000000000000",
                            "config/liquibase/changelog/20240311093000_added_entity_Item.xml::20240311093000-1",
                            "config/liquibase/changelog/20240311093000_added_entity_constraints_Item.xml::"
                                    + "20240311093000-2",
                            "config/liquibase/changelog/20260102030400_add_note.xml::20260102030400-add-note");
        }

        Path discarded = new Dbflow(listener).discard(new DiscardRequest(master, null));

        assertThat(discarded).isEqualTo(written);
        assertThat(written).doesNotExist();
        assertThat(Files.readString(master)).isEqualTo(JHIPSTER_MASTER);
    }

    @Test
    void aYamlMasterGetsTheChangesetInItsChangesFolderInTheFormAndIndentationOfItsIncludesBeforeTheNeedle()
            throws Exception {
        String before = """
                # The team's master: one file per change, in changes/.
                databaseChangeLog:
                - include:
                    file: changes/20240101000000_item.yaml
                    relativeToChangelogFile: true
                # scaffold-needle-add-changelog: the scaffolding adds includes above this line
                # (nothing below it)
                """;
        write("db/changelog/db.changelog-master.yaml", before);
        write("db/changelog/changes/20240101000000_item.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: item
                      author: team
                      changes:
                        - createTable: {tableName: item, columns: [{column: {name: id, type: bigint, constraints: {primaryKey: true, primaryKeyName: item_pkey}}}, {column: {name: name, type: varchar(40), constraints: {nullable: false}}}]}
                """);
        Path master = resources("db/changelog/db.changelog-master.yaml");

        GenerateResult result = generate(master, ITEM_WITH_NOTE);

        assertThat(result.summary()).containsExactly("+ column item.note varchar(255)");
        assertThat(result.changesetFile())
                .contains(resources("db/changelog/changes/20260102030400_add_note.yaml"));
        assertThat(Files.readString(master)).isEqualTo("""
                # The team's master: one file per change, in changes/.
                databaseChangeLog:
                - include:
                    file: changes/20240101000000_item.yaml
                    relativeToChangelogFile: true
                - include:
                    file: changes/20260102030400_add_note.yaml
                    relativeToChangelogFile: true
                # scaffold-needle-add-changelog: the scaffolding adds includes above this line
                # (nothing below it)
                """);
        assertThat(generate(master, ITEM_WITH_NOTE).changesetFile()).isEmpty();

        new Dbflow(listener).discard(new DiscardRequest(master, null));

        assertThat(Files.readString(master)).isEqualTo(before);
    }
}
