package dev.dbflow.internal.corpus;

import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.compare.SchemaComparator;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.HibernateValidation;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's properties over the whole corpus, on real PostgreSQL: every model settles (fixpoint) and passes
 * Hibernate's own schema validator; every edit produces exactly the expected operations, brings the schema
 * to exactly what the new model maps to, and its rollback restores the old schema object by object.
 */
class CorpusTest {

    @TempDir
    Path dir;

    /** The corpus; {@code -Dcorpus.case=text} runs only the cases whose name contains that text. */
    static Stream<CorpusCase> corpus() {
        String only = System.getProperty("corpus.case", "");
        return Stream.of(TypeCases.all(), KeyCases.all(), StructureCases.all(), EditCases.all(),
                PolicyCases.all()).flatMap(List::stream).filter(c -> c.toString().contains(only));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void holds(CorpusCase c) throws Exception {
        if (c.before() == null) {
            assertSettles(c, c.after());
        } else {
            assertEdit(c);
        }
    }

    private void assertSettles(CorpusCase c, Map<String, String> model) throws Exception {
        ModelProject project = new ModelProject(dir.resolve("fixpoint"));
        project.generate(model, c.naming(), "model");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgrade(db);
            assertSettledOn(c, model, project, db);
        }
    }

    /** The model's changelog, applied to {@code db}, gives nothing to generate, and Hibernate validates {@code db}. */
    private static void assertSettledOn(CorpusCase c, Map<String, String> model, ModelProject project,
                                        ScratchDatabase db) throws Exception {
        GenerateResult again = project.generate(model, c.naming(), "again");
        assertThat(again.summary()).as("changes generated again for an applied model").isEmpty();
        HibernateValidation.validate(project.lastClasses(), c.naming(), db);
    }

    /**
     * Both models settle (the old one on the database it was applied to, the new one on a fresh database that only it
     * built), and the edit between them gives exactly the expected operations, the new model's schema and, rolled
     * back, the old schema.
     */
    private void assertEdit(CorpusCase c) throws Exception {
        ModelProject project = new ModelProject(dir.resolve("edit"));
        project.generate(c.before(), c.naming(), "before");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Schema before = project.upgrade(db);
            assertSettledOn(c, c.before(), project, db);

            GenerateResult edit = project.generate(c.after(), c.naming(), "the edit", null, null, null,
                    new SafetyOptions(true, List.of(), List.of(), c.backfill()));

            assertThat(edit.summary()).containsExactlyElementsOf(c.expected());
            Schema after = project.upgrade(db);
            assertThat(project.generate(c.after(), c.naming(), "settled").summary()).isEmpty();
            HibernateValidation.validate(project.lastClasses(), c.naming(), db);
            ModelProject fresh = new ModelProject(dir.resolve("fresh"));
            fresh.generate(c.after(), c.naming(), "fresh");
            try (ScratchDatabase freshDb = TestPostgres.newDatabase()) {
                // Compared as dbflow compares: an existing sequence keeps its START WITH, which a fresh one takes anew.
                assertThat(new SchemaComparator().compare(after, fresh.upgrade(freshDb)))
                        .as("schema after the edit equals the new model's schema").isEmpty();
                assertThat(fresh.generate(c.after(), c.naming(), "again").summary())
                        .as("changes generated again for an applied model").isEmpty();
            }
            assertThat(project.rollback(db, 1)).as("rollback restores the old schema").isEqualTo(before);
        }
    }
}
