package dev.dbflow.internal.corpus;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defaults that Liquibase rewrites for PostgreSQL on the way to the database ({@code CURRENT_TIMESTAMP} becomes
 * {@code now()}) are written so that the database stores what the entities' DDL stores: the model settles, and the
 * upgraded database holds the entity's own expression.
 */
class RewrittenDefaultsTest {

    private static final String EVENT = """
            @Entity class Event {
                @Id Long id;
                @ColumnDefault("CURRENT_TIMESTAMP") Instant created;
                @ColumnDefault("current_timestamp") LocalDateTime local;
                @ColumnDefault("CURRENT_DATE") LocalDate day;
                @ColumnDefault("LOCALTIMESTAMP") LocalDateTime wall;
                @ColumnDefault("CURRENT_TIME") LocalTime clock;
                @ColumnDefault("now()") Instant stamped;
                @ColumnDefault("CURRENT_USER") String author;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void currentTimeDefaultsSettleAndKeepTheirExpression() throws Exception {
        ModelProject project = new ModelProject(dir);
        var event = CorpusCase.sources(EVENT);

        assertThat(project.generate(event, "hibernate", "events").summary())
                .containsExactly("+ table event (8 columns)");
        assertThat(project.generate(event, "hibernate", "again").summary()).isEmpty();
        var edited = CorpusCase.sources(EVENT.replace("@ColumnDefault(\"now()\") Instant stamped",
                "@ColumnDefault(\"current_timestamp(3)\") Instant stamped"));
        assertThat(project.generate(edited, "hibernate", "precise stamp").summary())
                .containsExactly("~ column event.stamped: default now() -> CURRENT_TIMESTAMP(3)");
        assertThat(project.generate(edited, "hibernate", "settled").summary()).isEmpty();

        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Schema schema = project.upgrade(db);
            assertThat(schema.tablesByName().get(new QualifiedName("public", "event")).columns())
                    .extracting(Column::name, Column::defaultValue).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("id", null),
                            org.assertj.core.groups.Tuple.tuple("author", "CURRENT_USER"),
                            org.assertj.core.groups.Tuple.tuple("clock", "CURRENT_TIME"),
                            org.assertj.core.groups.Tuple.tuple("created", "CURRENT_TIMESTAMP"),
                            org.assertj.core.groups.Tuple.tuple("day", "CURRENT_DATE"),
                            org.assertj.core.groups.Tuple.tuple("local", "CURRENT_TIMESTAMP"),
                            org.assertj.core.groups.Tuple.tuple("stamped", "CURRENT_TIMESTAMP(3)"),
                            org.assertj.core.groups.Tuple.tuple("wall", "LOCALTIMESTAMP"));
        }
    }
}
