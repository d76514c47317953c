package dev.dbflow.internal.changelog;

import dev.dbflow.api.DbflowListener;

import java.util.Locale;

/**
 * Progress of verify's stairway for a long changelog: one line per tenth of the way ({@code Stairway: 30/300
 * changesets applied and rolled back (41.2 s)}), so a CI log shows it is moving and how fast. A changelog of fewer
 * than {@link #MIN_CHANGESETS} changesets is done before anyone would wait, and gets none.
 */
final class StairwayProgress {

    static final int MIN_CHANGESETS = 20;

    private final int total;
    private final int every;
    private final DbflowListener listener;
    private final long start = System.nanoTime();
    private int done;

    StairwayProgress(int total, DbflowListener listener) {
        this.total = total;
        this.every = Math.max(1, (total + 9) / 10);
        this.listener = listener;
    }

    /** Counts the changeset about to be tried, and reports the ones before it at each tenth. */
    void step() {
        if (total >= MIN_CHANGESETS && done > 0 && done % every == 0) {
            listener.info(String.format(Locale.ROOT, "Stairway: %d/%d changesets applied and rolled back (%.1f s)",
                    done, total, (System.nanoTime() - start) / 1e9));
        }
        done++;
    }
}
