package dev.dbflow.internal.changelog;

/** Counts in messages: {@code 1 changeset}, {@code 3 changesets}. */
public final class Plural {

    private Plural() {
    }

    /** Returns {@code count noun}, with an {@code s} unless the count is one. */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
