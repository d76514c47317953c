package dev.dbflow.internal.fuzz;

import dev.dbflow.internal.fuzz.RandomModel.Entity;
import dev.dbflow.internal.fuzz.RandomModel.Field;
import dev.dbflow.internal.fuzz.RandomModel.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The cases the fuzz test draws and the reducer makes, without a database. */
class FuzzCaseTest {

    private static final List<FuzzCase> DRAWN = LongStream.range(0, 200)
            .mapToObj(seed -> FuzzCase.draw(new Random(seed))).toList();

    @Test
    void aSeedDrawsTheSameCaseEveryTime() {
        assertThat(LongStream.range(0, 200).mapToObj(seed -> FuzzCase.draw(new Random(seed)).toString()))
                .containsExactlyElementsOf(DRAWN.stream().map(FuzzCase::toString).toList());
    }

    @Test
    void seedsDrawDifferentCases() {
        assertThat(DRAWN.stream().map(FuzzCase::toString).distinct().count()).isGreaterThan(190);
        assertThat(DRAWN.stream().map(c -> c.edits().size()).distinct()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(DRAWN.stream().map(FuzzCase::scope).filter(Objects::nonNull)
                .map(scope -> (scope.include() ? "include" : "exclude") + " without " + scope.outEntity()).distinct())
                .containsExactlyInAnyOrder("include without null", "include without e1", "include without e2",
                        "exclude without null", "exclude without e1", "exclude without e2");
    }

    @Test
    void everySmallerCaseIsAModelTheEntitiesCanMap() {
        Stream<FuzzCase> all = DRAWN.stream().flatMap(c -> Stream.concat(Stream.of(c), c.smaller()));

        assertThat(all.flatMap(c -> Stream.of(c.before(), c.after()))).isNotEmpty().allSatisfy(model -> {
            assertThat(model.levels()).isNotEmpty();
            assertThat(model.entities()).isNotEmpty().allSatisfy(entity -> {
                assertThat(entity.fields()).isNotEmpty();
                assertThat(entity.fields().stream().map(Field::name)).doesNotHaveDuplicates()
                        .allMatch(name -> name.startsWith(entity.fieldPrefix()));
            });
            assertThat(model.entities().stream().map(Entity::name)).doesNotHaveDuplicates();
            if (model.entity(RandomModel.REFERENCED) == null) {
                assertThat(model.entities().stream().flatMap(e -> e.fields().stream()).map(Field::kind))
                        .as("references to e1 without e1").doesNotContain(Kind.REF);
            }
        });
    }
}
