package dev.dbflow.bench;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The repeated runs of one step at one N, as {@code run.sh} measured them, and what the report shows of them: the
 * median and the spread (min–max) of the wall times, the highest peak RSS, and the outcome. A step one of whose
 * runs failed has failed as a whole: the times of its other runs would hide that it does not do its job.
 *
 * @param n     the model's entity count
 * @param step  the step's id, e.g. {@code generate-cold}
 * @param runs  its runs in the order they ran, at least one
 */
record StepRuns(int n, String step, List<Run> runs) {

    /** One run: wall seconds, peak RSS in KB, the outcome {@code run.sh} read from its exit status and log. */
    record Run(double seconds, long rssKb, String outcome, Path log) {
        boolean failed() {
            return outcome.startsWith("FAILED");
        }
    }

    StepRuns {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("No runs of " + step + " at N=" + n);
        }
        runs = List.copyOf(runs);
    }

    boolean failed() {
        return runs.stream().anyMatch(Run::failed);
    }

    /**
     * Returns the outcome to show: the first failure, naming its run when there were several, or else the outcome
     * every run had (each distinct one, joined with "; ", when they differ).
     */
    String outcome() {
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (run.failed()) {
                return runs.size() == 1 ? run.outcome()
                        : run.outcome().replaceFirst("^FAILED", "FAILED in run " + (i + 1) + " of " + runs.size());
            }
        }
        return String.join("; ", runs.stream().map(Run::outcome).distinct().toList());
    }

    /** Returns the run with the median wall time; of an even count, the lower of the two middle ones. */
    Run median() {
        List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::seconds)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    double min() {
        return runs.stream().mapToDouble(Run::seconds).min().orElseThrow();
    }

    double max() {
        return runs.stream().mapToDouble(Run::seconds).max().orElseThrow();
    }

    /** Returns the highest peak RSS of the runs, in KB. */
    long peakRssKb() {
        return runs.stream().mapToLong(Run::rssKb).max().orElseThrow();
    }
}
