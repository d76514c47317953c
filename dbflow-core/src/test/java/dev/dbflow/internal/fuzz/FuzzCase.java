package dev.dbflow.internal.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One try of the property: a model and the edits a developer makes to it before generating the next changeset.
 *
 * @param before        the model the database has
 * @param edits         the edits, in order, that make the model the next changeset is generated from
 * @param handMadeIndex a column of {@code e1} that a hand-written changeset indexes ({@link #HAND_MADE_INDEX}) after
 *                      the model's first changeset, or null for none
 * @param scope         the scope of every generate after the model's first changeset, whose hand-made objects a
 *                      hand-written changeset makes after that first one; null for none
 */
record FuzzCase(RandomModel before, List<RandomEdit> edits, String handMadeIndex, RandomScope scope) {

    /** The name of the index no entity declares. */
    static final String HAND_MADE_INDEX = "hand_made_idx";

    FuzzCase(RandomModel before, List<RandomEdit> edits) {
        this(before, edits, null, null);
    }

    /**
     * Returns a case drawn from {@code random}: a model, one time in three a hand-made index on e1's first column,
     * one to three edits, each drawn from the model so far, and a scope ({@link RandomScope#draw}). The scope is drawn
     * last, so a seed draws the model and edits it drew before scopes were drawn.
     */
    static FuzzCase draw(Random random) {
        RandomModel model = RandomModel.draw(random);
        String handMade = random.nextInt(3) == 0 ? model.entity(RandomModel.REFERENCED).fields().get(0).name() : null;
        List<RandomEdit> edits = new ArrayList<>();
        RandomModel edited = model;
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            RandomEdit edit = RandomEdit.draw(edited, random);
            edits.add(edit);
            edited = edit.applyTo(edited);
        }
        return new FuzzCase(model, List.copyOf(edits), handMade, RandomScope.draw(random));
    }

    /** Returns the model after the edits. */
    RandomModel after() {
        RandomModel model = before;
        for (RandomEdit edit : edits) {
            model = edit.applyTo(model);
        }
        return model;
    }

    /**
     * Returns the cases one step smaller, for the reducer: an edit left out first, then no hand-made index, then no
     * scope or a smaller one, then a simpler model (which keeps the index only while e1 has its column).
     */
    Stream<FuzzCase> smaller() {
        Stream<FuzzCase> fewerEdits = IntStream.range(0, edits.size()).mapToObj(i -> new FuzzCase(before,
                Stream.concat(edits.subList(0, i).stream(), edits.subList(i + 1, edits.size()).stream()).toList(),
                handMadeIndex, scope));
        Stream<FuzzCase> noIndex = handMadeIndex == null ? Stream.empty()
                : Stream.of(new FuzzCase(before, edits, null, scope));
        Stream<FuzzCase> smallerScope = scope == null ? Stream.empty() : Stream.concat(
                Stream.of(new FuzzCase(before, edits, handMadeIndex, null)),
                scope.smaller().map(smaller -> new FuzzCase(before, edits, handMadeIndex, smaller)));
        return Stream.of(fewerEdits, noIndex, smallerScope, before.simpler().map(model -> new FuzzCase(model, edits,
                model.entity(RandomModel.REFERENCED) != null
                        && model.entity(RandomModel.REFERENCED).field(String.valueOf(handMadeIndex)) != null
                        ? handMadeIndex : null, scope))).flatMap(cases -> cases);
    }

    /** Returns the case for a person: the edits and the sources before and after them, as a corpus case takes them. */
    @Override
    public String toString() {
        return (handMadeIndex == null ? "" : "hand-made index " + HAND_MADE_INDEX + " on e1 (" + handMadeIndex + ")\n")
                + (scope == null ? "" : "scope: " + scope + "\n")
                + "edits:\n" + edits.stream().map(edit -> "  - " + edit + "\n").collect(Collectors.joining())
                + "sources before:\n" + sources(before.sources()) + "sources after:\n" + sources(after().sources());
    }

    private static String sources(Map<String, String> sources) {
        return sources.entrySet().stream().map(source -> "  // " + source.getKey() + "\n"
                + source.getValue().indent(2)).collect(Collectors.joining());
    }
}
