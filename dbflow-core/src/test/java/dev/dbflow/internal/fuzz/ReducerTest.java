package dev.dbflow.internal.fuzz;

import dev.dbflow.internal.fuzz.RandomModel.Entity;
import dev.dbflow.internal.fuzz.RandomModel.Field;
import dev.dbflow.internal.fuzz.RandomModel.Kind;
import dev.dbflow.internal.fuzz.RandomModel.RandomPolicy;
import jakarta.persistence.InheritanceType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The reducer with fake failures in place of the database-backed property: what it keeps is what the failure needs. */
class ReducerTest {

    private static Stream<List<Integer>> oneLeftOut(List<Integer> list) {
        return IntStream.range(0, list.size()).mapToObj(i -> {
            List<Integer> smaller = new ArrayList<>(list);
            smaller.remove(i);
            return smaller;
        });
    }

    @Test
    void removesWhatTheFailureDoesNotNeed() {
        Predicate<List<Integer>> fails = list -> list.contains(3) && list.contains(7);

        assertThat(Reducer.reduce(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), ReducerTest::oneLeftOut, fails))
                .containsExactly(3, 7);
    }

    @Test
    void keepsTheInputWhenNothingSmallerFails() {
        List<Integer> failing = List.of(1, 2, 3);

        assertThat(Reducer.reduce(failing, ReducerTest::oneLeftOut, list -> list.size() == 3)).isSameAs(failing);
    }

    @Test
    void reducesAFuzzCaseToTheEditAndTheFieldTheFailureNeeds() {
        Field f2 = new Field("f2", Kind.DATE, 10, true, true, false);
        RandomModel model = new RandomModel(List.of(
                new Entity("e1", List.of(new Field("f1", Kind.INT, 10, false, false, true), f2)),
                new Entity("e2", List.of(new Field("g1", Kind.REF, 10, true, false, false),
                        new Field("g2", Kind.STRING, 40, true, false, false)))),
                List.of("L1", "L2", "L3"), InheritanceType.JOINED, new RandomPolicy("f1", "ALL"));
        RandomEdit notNull = RandomEdit.changeField("e1", f2, "NOT NULL", f -> f.withNullable(false));
        FuzzCase drawn = new FuzzCase(model, List.of(RandomEdit.addLevel("L4"), notNull, RandomEdit.dropEntity("e2")));
        // A fake failure: whatever else is there, the edits make e1.f2, a date, NOT NULL.
        Predicate<FuzzCase> fails = c -> c.after().entity("e1") != null && c.after().entity("e1").fields().stream()
                .anyMatch(f -> f.name().equals("f2") && f.kind() == Kind.DATE && !f.nullable())
                && c.before().entity("e1").field("f2").nullable();

        FuzzCase reduced = Reducer.reduce(drawn, FuzzCase::smaller, fails);

        assertThat(reduced.edits()).containsExactly(notNull);
        assertThat(reduced.before()).as("f2 made plain but still a date: the edit names a date")
                .isEqualTo(new RandomModel(List.of(new Entity("e1", List.of(new Field("f2", Kind.DATE, 10, true,
                        false, false)))), List.of("L1"), null, null));
        assertThat(reduced.toString()).contains("  - e1.f2 (DATE): NOT NULL\n", "sources before:\n",
                "@Column(name = \"f2\", nullable = false) java.time.LocalDate f2;");
    }
}
