package dev.dbflow.internal.fuzz;

import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.compare.SchemaComparator;
import dev.dbflow.internal.fuzz.RandomModel.Entity;
import dev.dbflow.internal.fuzz.RandomModel.Field;
import dev.dbflow.internal.fuzz.RandomModel.Kind;
import dev.dbflow.internal.fuzz.RandomModel.RandomPolicy;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import jakarta.persistence.InheritanceType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's property-based test: for random entity models (typed columns, many-to-one references, an enum stored by
 * name, inheritance, a row-level security policy) and a random edit of each, the fidelity properties hold on real PostgreSQL. The model settles (generate after upgrade finds nothing); the edit's changeset brings the database
 * to exactly what the edited model builds from scratch (compared object by object, column order aside, as verify
 * compares); and its rollback restores the model before the edit. A few models run in every build (fixed seed); a
 * long run: {@code mvn test -Pfuzz -pl dbflow-core -am} (200 models). A failure jqwik reports becomes a corpus case.
 */
class ModelFuzzTest {

    @Property(seed = "20261130")
    void everyEditSettlesAppliesExactlyAndRollsBack(@ForAll("models") RandomModel before, @ForAll("seeds") long seed)
            throws Exception {
        RandomModel after = RandomEdit.apply(before, new Random(seed));
        Path dir = Files.createTempDirectory("dbflow-fuzz");
        try (ScratchDatabase db = TestPostgres.newDatabase(); ScratchDatabase fresh = TestPostgres.newDatabase()) {
            ModelProject project = new ModelProject(dir.resolve("edited"));
            project.generate(before.sources(), "hibernate", "before");
            Schema original = project.upgrade(db);
            assertThat(project.generate(before.sources(), "hibernate", "settled").summary()).as("model settles")
                    .isEmpty();

            GenerateResult edit = project.generate(after.sources(), "hibernate", "edit", null, null, null,
                    new SafetyOptions(true, List.of(), List.of(), after.backfills()));
            Schema edited = project.upgrade(db);
            assertThat(project.generate(after.sources(), "hibernate", "settled").summary())
                    .as("edited model settles after %s", edit.summary()).isEmpty();

            ModelProject scratch = new ModelProject(dir.resolve("fresh"));
            scratch.generate(after.sources(), "hibernate", "fresh");
            assertThat(new SchemaComparator().compare(edited, scratch.upgrade(fresh)))
                    .as("the edit %s builds what the new model builds from scratch", edit.summary()).isEmpty();
            // An edit the mapping does not see (a type widened to itself) writes no changeset: nothing to roll back.
            Schema rolledBack = edit.summary().isEmpty() ? edited : project.rollback(db, 1);
            assertThat(new SchemaComparator().compare(rolledBack, original))
                    .as("the rollback of %s restores the model before it", edit.summary()).isEmpty();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<RandomModel> models() {
        return Arbitraries.integers().between(1, 2).flatMap(count -> Combinators.combine(
                        entity("e1"), entity("e2"), Arbitraries.integers().between(1, 3),
                        Arbitraries.of(InheritanceType.class).injectNull(0.5), Arbitraries.of("ALL", "SELECT"),
                        Arbitraries.integers().between(0, 5))
                .as((a, b, levels, inheritance, command, policyField) -> new RandomModel(
                        count == 1 ? List.of(a) : List.of(a, b),
                        IntStream.rangeClosed(1, levels).mapToObj(i -> "L" + i).toList(), inheritance,
                        policyField == 0 ? null : new RandomPolicy("f" + policyField, command))));
    }

    private static Arbitrary<Entity> entity(String name) {
        return Arbitraries.integers().between(1, 4).flatMap(n -> {
            List<Arbitrary<Field>> fields = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                fields.add(field(Entity.fieldPrefix(name) + i));
            }
            return Combinators.combine(fields).as(list -> new Entity(name, List.copyOf(list)));
        });
    }

    static Arbitrary<Field> field(String name) {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(3, 300),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 5))
                .as((kind, size, nullable, unique, indexed) -> new Field(name, kind,
                        kind == Kind.DECIMAL ? Math.min(size, 30) : size, nullable, unique == 0, indexed == 0));
    }
}
