package dev.dbflow.internal.generate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Wall time spent in each stage of one {@code generate} run, printed as one line at its end so that a slow run
 * shows where the time went (and the benchmark in {@code bench/} can read it).
 */
final class Timings {

    static final String MODEL_LOAD = "model load";
    static final String SHADOW_START = "shadow start";
    static final String CHANGELOG_APPLY = "changelog apply";
    static final String CATALOG_READ = "catalog read";
    static final String COMPARE = "compare";
    static final String RENDER = "render";
    static final String PROOF = "proof";

    /** A stage's work; {@code E} is what it may throw (inferred as unchecked for work that throws nothing). */
    @FunctionalInterface
    interface Stage<T, E extends Exception> {
        T run() throws E;
    }

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private boolean modelCached;
    private boolean changelogCached;

    Timings() {
        for (String stage : new String[] {MODEL_LOAD, SHADOW_START, CHANGELOG_APPLY, CATALOG_READ, COMPARE, RENDER,
                PROOF}) {
            nanos.put(stage, 0L);
        }
    }

    /** Runs {@code work}, adding its wall time to {@code stage}; the result or exception passes through. */
    <T, E extends Exception> T time(String stage, Stage<T, E> work) throws E {
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            nanos.merge(stage, System.nanoTime() - start, Long::sum);
        }
    }

    /** Records that the entities' schema came from the schema cache instead of Hibernate and the shadow. */
    void modelCached() {
        modelCached = true;
    }

    /** Records that the changelog's schema came from a cache instead of being applied. */
    void changelogCached() {
        changelogCached = true;
    }

    /**
     * Returns the line, stages in pipeline order with seconds to two decimals, e.g.
     * {@code Timings: model load 1.23 s, shadow start 0.51 s, changelog apply 0.04 s (cached), …}.
     */
    String summary() {
        StringJoiner line = new StringJoiner(", ", "Timings: ", "");
        nanos.forEach((stage, time) -> line.add(String.format(Locale.ROOT, "%s %.2f s%s", stage, time / 1e9,
                stage.equals(CHANGELOG_APPLY) && changelogCached || stage.equals(MODEL_LOAD) && modelCached
                        ? " (cached)" : "")));
        return line.toString();
    }
}
