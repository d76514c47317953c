package dev.dbflow.internal.compare;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the changelog's indexes and unique constraints dbflow may drop when no entity declares them: those a
 * changeset dbflow generated created. One that a hand-written or baseline changeset created (an index on a foreign
 * key column, one for a report query) is the team's, not the entities', and is left alone, as row-level security
 * policies are on a table whose entity does not declare them.
 *
 * @param generated the names (in lower case) of the indexes and unique constraints generated changesets create
 * @param all       true when every object counts as dbflow's (comparisons that are not changelog against entities)
 */
public record Ownership(Set<String> generated, boolean all) {

    /** Every index and constraint is compared: a schema against another, as in a rollback or drift check. */
    public static final Ownership ALL = new Ownership(Set.of(), true);

    public Ownership {
        generated = generated.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Returns the ownership in which only the objects named in {@code generated} are dbflow's. */
    public static Ownership of(Set<String> generated) {
        return new Ownership(generated, false);
    }

    /** Returns true when dbflow may drop the object named {@code name} once no entity declares it. */
    boolean owns(String name) {
        return all || generated.contains(name.toLowerCase(Locale.ROOT));
    }
}
