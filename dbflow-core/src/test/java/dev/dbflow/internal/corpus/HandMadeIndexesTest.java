package dev.dbflow.internal.corpus;

import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.UniqueConstraint;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indexes and unique constraints that no entity declares belong to whoever made them: dbflow drops one only when a
 * changeset it generated created it (so removing an {@code @Index} drops it), or when its table loses one of its
 * columns; one a hand-written or baseline changeset created is left alone and named once per run.
 */
class HandMadeIndexesTest {

    private static final String HAND_WRITTEN = """
            databaseChangeLog:
              - changeSet:
                  id: hand-made
                  author: dba
                  changes:
                    - sql:
                        sql: |
                          create table owner (id bigint not null primary key);
                          create table pet (id bigint not null primary key, name varchar(255), owner_id bigint,
                              legacy varchar(20), constraint pet_owner_fk foreign key (owner_id) references owner (id));
                          create index pet_owner_id_idx on pet (owner_id);
                          create index pet_legacy_idx on pet (legacy);
                          alter table pet add constraint pet_name_key unique (name);
            """;

    private static final String OWNER = "@Entity class Owner { @Id Long id; }\n";

    @TempDir
    Path dir;

    @Test
    void onlyTheIndexesDbflowMadeOrWhoseColumnGoesAreDropped() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster(HAND_WRITTEN);

        var declared = project.generate(CorpusCase.sources(OWNER, """
                @Entity @Table(indexes = @Index(name = "ix_pet_name", columnList = "name")) class Pet {
                    @Id Long id;
                    String name;
                    @Column(length = 20) String legacy;
                    @ManyToOne @JoinColumn(name = "owner_id") Owner owner;
                }
                """), "hibernate", "index pet name");
        assertThat(declared.summary()).containsExactly("+ index ix_pet_name on pet (name)  [LK001]");
        assertThat(leftAlone(project)).containsExactly(
                "Left alone: unique constraint pet_name_key on pet (not declared by an entity)",
                "Left alone: index pet_legacy_idx on pet (not declared by an entity)",
                "Left alone: index pet_owner_id_idx on pet (not declared by an entity)");

        var undeclared = CorpusCase.sources(OWNER, """
                @Entity class Pet {
                    @Id Long id;
                    String name;
                    @ManyToOne @JoinColumn(name = "owner_id") Owner owner;
                }
                """);
        var removed = project.generate(undeclared, "hibernate", "drop legacy");
        assertThat(removed.summary()).containsExactly(
                "- index ix_pet_name on pet (name)  [PF001]",
                "- index pet_legacy_idx on pet (legacy)  [PF001]",
                "- column pet.legacy  [DL002]");
        assertThat(leftAlone(project)).containsExactly(
                "Left alone: unique constraint pet_name_key on pet (not declared by an entity)",
                "Left alone: index pet_owner_id_idx on pet (not declared by an entity)");

        assertThat(project.generate(undeclared, "hibernate", "again").summary()).isEmpty();
        assertThat(leftAlone(project)).containsExactly(
                "Left alone: unique constraint pet_name_key on pet (not declared by an entity)",
                "Left alone: index pet_owner_id_idx on pet (not declared by an entity)");

        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Schema head = project.upgrade(db);
            assertThat(indexes(head)).containsExactly("pet_owner_id_idx");
            assertThat(uniques(head)).containsExactly("pet_name_key");
            Schema before = project.rollback(db, 1);
            assertThat(indexes(before)).containsExactlyInAnyOrder("ix_pet_name", "pet_legacy_idx", "pet_owner_id_idx");
            assertThat(uniques(before)).containsExactly("pet_name_key");
        }
    }

    @Test
    void aBaselineChangesetsIndexesAreTheTeamsAGeneratedOnesAreDbflows() throws Exception {
        ModelProject project = new ModelProject(dir);
        String changeset = """
                databaseChangeLog:
                  - changeSet:
                      id: 20260101000000-first
                      author: dbflow
                      comment: "%s"
                      changes:
                        - createTable:
                            tableName: item
                            columns:
                              - column: {name: id, type: bigint, constraints: {nullable: false, primaryKey: true, primaryKeyName: item_pkey}}
                              - column: {name: name, type: varchar(255)}
                        - createIndex:
                            tableName: item
                            indexName: item_name_idx
                            columns:
                              - column: {name: name}
                """;
        var item = CorpusCase.sources("@Entity class Item { @Id Long id; String name; }\n");

        project.writeMaster(changeset.formatted("baseline\\ndbflow-parent: none\\ndbflow-baseline"));
        assertThat(project.generate(item, "hibernate", "baseline kept").summary()).isEmpty();
        assertThat(leftAlone(project))
                .containsExactly("Left alone: index item_name_idx on item (not declared by an entity)");

        project.writeMaster(changeset.formatted("first\\ndbflow-parent: none"));
        assertThat(project.generate(item, "hibernate", "excluded", null, null, "item_name_idx").summary())
                .as("excludeObjects names an index: left alone on both sides").isEmpty();
        assertThat(project.generate(item, "hibernate", "generated dropped").summary())
                .containsExactly("- index item_name_idx on item (name)  [PF001]");
    }

    @Test
    void aHandMadeIndexAlikeADeclaredOneIsLeftAloneNotRenamedIntoIt() throws Exception {
        ModelProject project = new ModelProject(dir);
        var declared = CorpusCase.sources("""
                @Entity @Table(indexes = @Index(name = "ix_item_name", columnList = "name"))
                class Item { @Id Long id; String name; }
                """);
        project.generate(declared, "hibernate", "items");
        project.writeHandWritten("""
                  - changeSet:
                      id: same-again
                      author: dba
                      changes:
                        - sql:
                            sql: create index a_item_name_idx on item (name)
                """);

        assertThat(project.generate(declared, "hibernate", "nothing").summary()).isEmpty();
        assertThat(leftAlone(project))
                .containsExactly("Left alone: index a_item_name_idx on item (not declared by an entity)");
        assertThat(project.generate(CorpusCase.sources("""
                @Entity @Table(indexes = @Index(name = "ix_item_by_name", columnList = "name"))
                class Item { @Id Long id; String name; }
                """), "hibernate", "renamed").summary())
                .containsExactly("~ rename index item.ix_item_name -> ix_item_by_name");
    }

    /** The left-alone lines of the newest run, which starts with its mapping line. */
    private static List<String> leftAlone(ModelProject project) {
        List<String> lines = project.listener().lines();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Mapping: ")) {
                last = i;
            }
        }
        return lines.subList(last, lines.size()).stream().filter(line -> line.startsWith("Left alone: ")).toList();
    }

    private static List<String> indexes(Schema schema) {
        return schema.tablesByName().get(new QualifiedName("public", "pet")).indexes().stream().map(Index::name)
                .sorted().toList();
    }

    private static List<String> uniques(Schema schema) {
        return schema.tablesByName().get(new QualifiedName("public", "pet")).uniqueConstraints().stream()
                .map(UniqueConstraint::name).toList();
    }
}
