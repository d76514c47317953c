package dev.dbflow.internal.changelog;

import dev.dbflow.api.DbflowListener;

import java.util.Locale;

/**
 * Progress of a long run over changesets (upgrade, verify's stairway): one line per tenth of the way, e.g.
 * {@code Stairway: 30/300 changesets applied and rolled back (41.2 s)}, so a CI log shows it is moving and how fast.
 * A run of fewer than {@link #MIN_CHANGESETS} changesets is done before anyone would wait, and gets none.
 */
final class Progress {

    static final int MIN_CHANGESETS = 20;

    private final String what;
    private final int total;
    private final int every;
    private final DbflowListener listener;
    private final long start = System.nanoTime();
    private int done;

    /**
     * @param what  the line's start and what was done, e.g. {@code Upgrade: %d/%d changesets applied}: the first
     *              {@code %d} is replaced by the count done, the second by the total
     * @param total the number of changesets the run will go through
     */
    Progress(String what, int total, DbflowListener listener) {
        this.what = what;
        this.total = total;
        this.every = Math.max(1, (total + 9) / 10);
        this.listener = listener;
    }

    /** Counts one changeset done, and reports at each tenth before the last. */
    void done() {
        done++;
        if (total >= MIN_CHANGESETS && done < total && done % every == 0) {
            listener.info(String.format(Locale.ROOT, what + " (%.1f s)", done, total,
                    (System.nanoTime() - start) / 1e9));
        }
    }
}
