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
 * @param before the model the database has
 * @param edits  the edits, in order, that make the model the next changeset is generated from
 */
record FuzzCase(RandomModel before, List<RandomEdit> edits) {

    /** Returns a case drawn from {@code random}: a model and one to three edits, each drawn from the model so far. */
    static FuzzCase draw(Random random) {
        RandomModel model = RandomModel.draw(random);
        List<RandomEdit> edits = new ArrayList<>();
        RandomModel edited = model;
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            RandomEdit edit = RandomEdit.draw(edited, random);
            edits.add(edit);
            edited = edit.applyTo(edited);
        }
        return new FuzzCase(model, List.copyOf(edits));
    }

    /** Returns the model after the edits. */
    RandomModel after() {
        RandomModel model = before;
        for (RandomEdit edit : edits) {
            model = edit.applyTo(model);
        }
        return model;
    }

    /** Returns the cases one step smaller, for the reducer: an edit left out first, then a simpler model. */
    Stream<FuzzCase> smaller() {
        Stream<FuzzCase> fewerEdits = IntStream.range(0, edits.size()).mapToObj(i -> new FuzzCase(before,
                Stream.concat(edits.subList(0, i).stream(), edits.subList(i + 1, edits.size()).stream()).toList()));
        return Stream.concat(fewerEdits, before.simpler().map(model -> new FuzzCase(model, edits)));
    }

    /** Returns the case for a person: the edits and the sources before and after them, as a corpus case takes them. */
    @Override
    public String toString() {
        return "edits:\n" + edits.stream().map(edit -> "  - " + edit + "\n").collect(Collectors.joining())
                + "sources before:\n" + sources(before.sources()) + "sources after:\n" + sources(after().sources());
    }

    private static String sources(Map<String, String> sources) {
        return sources.entrySet().stream().map(source -> "  // " + source.getKey() + "\n"
                + source.getValue().indent(2)).collect(Collectors.joining());
    }
}
