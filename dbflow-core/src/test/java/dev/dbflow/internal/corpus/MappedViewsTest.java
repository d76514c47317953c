package dev.dbflow.internal.corpus;

import dev.dbflow.testing.ModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A view the changelog creates and an entity maps ({@code @Immutable}, no {@code @View}): the view is the changelog's,
 * so it is left alone and never created as a table (which could not apply: the name is taken).
 */
class MappedViewsTest {

    @TempDir
    Path dir;

    @Test
    void anEntityOverAViewOfTheChangelogIsLeftAlone() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster("""
                databaseChangeLog:
                  - changeSet:
                      id: report-view
                      author: dba
                      changes:
                        - sql:
                            sql: |
                              create table item (id bigint not null primary key, name varchar(255), amount integer);
                              create view item_total as select name, sum(amount) as total from item group by name;
                              create materialized view item_count as select count(*) as items from item;
                """);
        var model = CorpusCase.sources("""
                @Entity class Item { @Id Long id; String name; Integer amount; }
                """, """
                @Entity @org.hibernate.annotations.Immutable @Table(name = "item_total")
                class ItemTotal { @Id String name; Long total; }
                """, """
                @Entity @org.hibernate.annotations.Immutable @Table(name = "item_count")
                class ItemCount { @Id Long items; }
                """);

        assertThat(project.generate(model, "hibernate", "nothing").summary()).isEmpty();
        assertThat(project.listener().lines()).filteredOn(line -> line.startsWith("Left alone: ")).containsExactly(
                "Left alone: view item_count, which an entity maps (views are the changelog's own)",
                "Left alone: view item_total, which an entity maps (views are the changelog's own)");
    }
}
