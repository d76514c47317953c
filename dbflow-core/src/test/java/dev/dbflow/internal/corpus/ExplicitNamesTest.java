package dev.dbflow.internal.corpus;

import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name the mapping gives explicitly is part of the object: when only that name changes, the changeset renames the
 * index or constraint (and its rollback renames it back), never drops and re-creates it, never ignores it.
 */
class ExplicitNamesTest {

    private static final String PET = """
            @Entity
            @Table(indexes = @Index(name = "%s", columnList = "name"),
                   uniqueConstraints = @UniqueConstraint(name = "%s", columnNames = "code"))
            @org.hibernate.annotations.Check(name = "%s", constraints = "length(code) > 2")
            class Pet {
                @Id Long id;
                String name;
                String code;
                @ManyToOne @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "%s")) Owner owner;
            }
            """;
    private static final String OWNER = "@Entity class Owner { @Id Long id; }\n";

    @TempDir
    Path dir;

    @Test
    void aChangedExplicitNameIsARename() throws Exception {
        ModelProject project = new ModelProject(dir);
        var before = CorpusCase.sources(OWNER, PET.formatted("ix_pet_name", "uq_pet_code", "pet_code_len",
                "fk_pet_owner"));
        var after = CorpusCase.sources(OWNER, PET.formatted("ix_pet_by_name", "uq_pet_code_once", "pet_code_min",
                "fk_pet_to_owner"));
        project.generate(before, "hibernate", "pets");

        assertThat(project.generate(after, "hibernate", "rename pet objects").summary()).containsExactly(
                "~ rename foreign key pet.fk_pet_owner -> fk_pet_to_owner",
                "~ rename index pet.ix_pet_name -> ix_pet_by_name",
                "~ rename check pet.pet_code_len -> pet_code_min",
                "~ rename unique pet.uq_pet_code -> uq_pet_code_once");
        assertThat(project.generate(after, "hibernate", "again").summary()).isEmpty();

        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgrade(db);
            assertThat(names(db)).containsExactly("fk_pet_to_owner", "ix_pet_by_name", "pet_code_min", "pet_pkey",
                    "uq_pet_code_once");
            project.rollback(db, 1);
            assertThat(names(db)).containsExactly("fk_pet_owner", "ix_pet_name", "pet_code_len", "pet_pkey",
                    "uq_pet_code");
        }
    }

    /** The names of pet's constraints and indexes (a constraint's own index counted once, by its name). */
    private static List<String> names(ScratchDatabase db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT conname FROM pg_constraint WHERE conrelid = 'public.pet'::regclass
                UNION SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'public.pet'::regclass
                ORDER BY 1""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
