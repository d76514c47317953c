package dev.dbflow.internal.compare;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Which of the changelog's indexes, unique constraints and views dbflow may drop when no entity declares them: those
 * a changeset dbflow generated created. One that a hand-written or baseline changeset created (an index on a foreign
 * key column, one for a report query) is the team's, not the entities', and is left alone, as row-level security
 * policies are on a table whose entity does not declare them.
 *
 * <p>The names are read when first asked for: most comparisons meet no undeclared index, and reading them means
 * parsing the whole changelog.
 */
public final class Ownership {

    /** Every index and constraint is compared: a schema against another, as in a rollback or drift check. */
    public static final Ownership ALL = new Ownership(Set::of, true);

    private final Supplier<Set<String>> names;
    private final boolean all;
    private Set<String> generated;

    private Ownership(Supplier<Set<String>> names, boolean all) {
        this.names = names;
        this.all = all;
    }

    /**
     * Returns the ownership in which only the objects {@code generated} names, when first asked, are dbflow's.
     *
     * @param generated the names of the indexes, unique constraints and views generated changesets create, in any case
     */
    public static Ownership of(Supplier<Set<String>> generated) {
        return new Ownership(generated, false);
    }

    /** Returns true when every object counts as dbflow's (comparisons that are not changelog against entities). */
    boolean all() {
        return all;
    }

    /** Returns true when dbflow may drop the object named {@code name} once no entity declares it. */
    boolean owns(String name) {
        if (all) {
            return true;
        }
        if (generated == null) {
            generated = names.get().stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }
        return generated.contains(name.toLowerCase(Locale.ROOT));
    }
}
