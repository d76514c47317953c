package dev.dbflow.internal.corpus;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.View;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Views no entity declares are the changelog's: left alone, and when the changeset retypes a column one reads (which
 * PostgreSQL refuses while the view exists) dropped and created again with the changelog's own query. A view that
 * could not be created again (it reads a column the changeset drops) or a materialized view (its data and indexes)
 * is refused before anything is written, naming the view and the column.
 */
class HandMadeViewsTest {

    private static final String HAND_WRITTEN = """
            databaseChangeLog:
              - changeSet:
                  id: reports
                  author: dba
                  changes:
                    - sql:
                        sql: |
                          create table item (id bigint not null primary key, name varchar(255), amount integer,
                              code varchar(20));
                          create view item_report as select name, amount from item where amount > 0;
                          create view item_codes as select code from item;
            """;

    private static final String ITEM = "@Entity class Item { @Id Long id; %s Integer amount; @Column(length = 20) "
            + "String code; }\n";

    @TempDir
    Path dir;

    @Test
    void aViewOverARetypedColumnIsCreatedAgainAsTheChangelogMadeIt() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster(HAND_WRITTEN);
        assertThat(project.generate(CorpusCase.sources(ITEM.formatted("String name;")), "hibernate", "nothing")
                .summary()).isEmpty();

        var widened = project.generate(CorpusCase.sources(ITEM.formatted("@Column(length = 500) String name;")),
                "hibernate", "longer names");
        assertThat(widened.summary()).containsExactly(
                "~ view item_report: dropped, to be created again (reads item, which this changeset changes)",
                "~ column item.name: varchar(255) -> varchar(500)",
                "~ view item_report: created again (reads item, which this changeset changes)");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            View before = project.upgrade(db).viewsByName().get(new QualifiedName("public", "item_report"));
            assertThat(before.definition()).isEqualTo("""
                    SELECT name,
                        amount
                       FROM item
                      WHERE (amount > 0)""");
            project.rollback(db, 1);
            assertThat(project.upgrade(db).views()).extracting(View::name).extracting(QualifiedName::name)
                    .containsExactly("item_codes", "item_report");
        }
        assertThat(project.generate(CorpusCase.sources(ITEM.formatted("@Column(length = 500) String name;")),
                "hibernate", "again").summary()).isEmpty();
    }

    @Test
    void aViewOverADroppedColumnIsRefusedNamingBoth() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster(HAND_WRITTEN);
        var withoutAmount = CorpusCase.sources("@Entity class Item { @Id Long id; String name; @Column(length = 20) "
                + "String code; }\n");

        assertThatThrownBy(() -> project.generate(withoutAmount, "hibernate", "no amount"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("View item_report reads item.amount, which this changeset drops; no entity declares the "
                        + "view, so dbflow keeps it as the changelog made it and cannot create it again without what it"
                        + " reads. Drop it in a hand-written changeset before this change and create it again after, or"
                        + " declare it on an entity with @View, then run generate again.");
        assertThat(changesets(project)).isEmpty();
    }

    @Test
    void aMaterializedViewOverARetypedColumnIsRefused() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster(HAND_WRITTEN.replace("create view item_codes", "create materialized view item_codes"));

        assertThatThrownBy(() -> project.generate(CorpusCase.sources(ITEM.formatted("String name;")
                .replace("length = 20", "length = 40")), "hibernate", "longer codes"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Materialized view item_codes reads item, which this changeset changes. PostgreSQL refuses"
                        + " the change while the view exists, and dbflow does not create a materialized view again (its"
                        + " data and indexes are the changelog's). Drop it in a hand-written changeset before this change"
                        + " and create it again after, or declare it on an entity with @View, then run generate again.");
        assertThat(changesets(project)).isEmpty();
    }

    private static List<Path> changesets(ModelProject project) throws Exception {
        Path changes = project.master().resolveSibling("changes");
        if (!Files.exists(changes)) {
            return List.of();
        }
        try (var files = Files.list(changes)) {
            return files.toList();
        }
    }
}
