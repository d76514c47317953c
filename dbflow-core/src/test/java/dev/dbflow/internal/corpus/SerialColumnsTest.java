package dev.dbflow.internal.corpus;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code serial}/{@code bigserial} column made by the changelog (a {@code schema.sql} turned baseline, years of
 * hand-written history) and the identity column Hibernate's DDL makes for {@code GenerationType.IDENTITY} both
 * give the entity its ids: the pair is no difference, the sequence stays, and the review names the column once.
 * With {@code convertSerialToIdentity} the column is converted, its ids going on from the sequence's.
 */
class SerialColumnsTest {

    @TempDir
    Path dir;

    @Test
    void aSerialColumnSatisfiesAnIdentityMapping() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster(schemaSql("""
                create table pet (id bigserial primary key, name varchar(255));
                create table visit (id serial primary key, note varchar(255));
                """));
        String visit = """
                @Entity class Visit { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id; String note; }
                """;

        var same = CorpusCase.sources("""
                @Entity class Pet { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String name; }
                """, visit);
        assertThat(project.generate(same, "hibernate", "nothing").summary()).isEmpty();
        assertThat(project.listener().lines()).filteredOn(line -> line.startsWith("Left alone: ")).containsExactly(
                "Left alone: serial column pet.id (nextval of pet_id_seq), which GenerationType.IDENTITY takes as it "
                        + "takes an identity column",
                "Left alone: serial column visit.id (nextval of visit_id_seq), which GenerationType.IDENTITY takes as "
                        + "it takes an identity column");

        var edited = CorpusCase.sources("""
                @Entity class Pet {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    String name;
                    Integer age;
                }
                """, visit);
        assertThat(project.generate(edited, "hibernate", "pet age").summary())
                .containsExactly("+ column pet.age integer");
        assertThat(project.generate(edited, "hibernate", "settled").summary()).isEmpty();
    }

    @Test
    void aTableDroppedWithItsSerialColumnTakesItsSequenceAlongAndTheRollbackBringsBothBack() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster(schemaSql("""
                create table owner (id bigint primary key);
                create table pet (id bigserial primary key, name varchar(255));
                """));

        assertThat(project.generate(CorpusCase.sources("@Entity class Owner { @Id Long id; }\n"), "hibernate",
                "drop pets").summary()).containsExactly("- table pet  [DL001]",
                "- sequence pet_id_seq (start 1, increment 1)  [DL004]");

        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Schema head = project.upgrade(db);
            assertThat(head.tables()).extracting(t -> t.name().name()).containsExactly("owner");
            assertThat(head.sequences()).isEmpty();
            Schema before = project.rollback(db, 1);
            assertThat(before.tables()).extracting(t -> t.name().name()).containsExactly("owner", "pet");
            assertThat(before.sequences()).extracting(s -> s.name().name()).containsExactly("pet_id_seq");
        }
    }

    @Test
    void convertSerialToIdentityGoesOnFromTheSequenceAndTheRollbackBringsTheSerialBack() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster(schemaSql("create table pet (id bigserial primary key, name varchar(255));\n"));
        var pets = CorpusCase.sources("""
                @Entity class Pet { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String name; }
                """);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgrade(db);
            // Ids 1 to 3 handed out, 3 deleted: the next id is 4, whatever the largest row says.
            execute(db, "INSERT INTO pet (name) VALUES ('a'), ('b'), ('c'); DELETE FROM pet WHERE id = 3");

            project.convertSerialToIdentity(true);
            assertThat(project.generate(pets, "hibernate", "identity").summary()).containsExactly(
                    "~ column pet.id: serial (nextval of pet_id_seq) -> identity BY_DEFAULT");
            Schema converted = project.upgrade(db);
            assertThat(converted.sequences()).isEmpty();
            assertThat(converted.tables().get(0).column("id").orElseThrow().identity())
                    .isEqualTo(Column.Identity.BY_DEFAULT);
            assertThat(insertedId(db, "d")).isEqualTo(4);
            assertThat(project.generate(pets, "hibernate", "settled").summary()).isEmpty();

            Schema back = project.rollback(db, 1);
            assertThat(back.sequences()).extracting(s -> s.name().name()).containsExactly("pet_id_seq");
            assertThat(back.tables().get(0).column("id").orElseThrow().defaultValue())
                    .isEqualTo("nextval('pet_id_seq'::regclass)");
            assertThat(insertedId(db, "e")).isEqualTo(5);
            assertThat(ownedBy(db)).isEqualTo("pet.id");
        }
    }

    private static void execute(ScratchDatabase db, String sql) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long insertedId(ScratchDatabase db, String name) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("INSERT INTO pet (name) VALUES ('" + name + "') RETURNING id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The column that owns pet_id_seq, as {@code table.column}. */
    private static String ownedBy(ScratchDatabase db) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT c.relname || '.' || a.attname FROM pg_depend d "
                     + "JOIN pg_class c ON c.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = d.refobjid "
                     + "AND a.attnum = d.refobjsubid WHERE d.objid = 'pet_id_seq'::regclass AND d.deptype = 'a'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** A changelog whose one hand-written changeset runs {@code sql}, as a project's {@code schema.sql} would. */
    private static String schemaSql(String sql) {
        return """
                databaseChangeLog:
                  - changeSet:
                      id: schema-sql
                      author: dba
                      changes:
                        - sql:
                            sql: |
                """ + sql.indent(14);
    }
}
