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
 * A composite type that a {@code @Struct} embeddable maps keeps its values when it is rebuilt: each attribute that
 * stays keeps its value in every row, a new one is NULL, and a NULL struct stays NULL; the rollback brings the old
 * attributes back with the values that stayed.
 */
class CompositeTypesTest {

    private static final String ITEM = "@Entity class Item { @Id Long id; Address home; }\n";
    private static final String ADDRESS = "@org.hibernate.annotations.Struct(name = \"address_t\") @Embeddable "
            + "class Address { String street; %s }\n";

    @TempDir
    Path dir;

    @Test
    void aRebuiltTypeKeepsTheValuesOfTheAttributesThatStay() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(CorpusCase.sources(ITEM, ADDRESS.formatted("String city;")), "hibernate", "items");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgrade(db);
            execute(db, "INSERT INTO item (id, home) VALUES (1, ROW('Paris', 'Main St')), (2, NULL)");

            assertThat(project.generate(CorpusCase.sources(ITEM, ADDRESS.formatted("@Column(length = 10) String zip;")),
                    "hibernate", "zip").summary()).containsExactly(
                    "~ composite type address_t: - attribute city, + attribute zip varchar(10), rebuilt  [DL002 LK003]");
            project.upgrade(db);
            assertThat(homes(db)).containsExactly("1: (,\"Main St\")", "2: null");

            project.rollback(db, 1);
            assertThat(homes(db)).containsExactly("1: (,\"Main St\")", "2: null");
        }
    }

    private static void execute(ScratchDatabase db, String sql) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> homes(ScratchDatabase db) throws Exception {
        List<String> homes = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, home::text FROM item ORDER BY id")) {
            while (rows.next()) {
                homes.add(rows.getLong(1) + ": " + rows.getString(2));
            }
        }
        return homes;
    }
}
