package dev.dbflow.api;

import java.util.List;

/**
 * The outcome of one {@code verify} check.
 *
 * @param name    the check, e.g. {@code in sync}
 * @param status  passed, failed, warning (fails only with failOnWarning) or skipped
 * @param summary one line, e.g. {@code 3 changesets roll back exactly}
 * @param details what is wrong, one entry per problem, each naming the changeset, file or object; empty when passed
 */
public record CheckResult(String name, Status status, String summary, List<String> details) {

    /** How a check ended. */
    public enum Status { PASSED, FAILED, WARNING, SKIPPED }

    public CheckResult {
        details = List.copyOf(details);
    }

    /** A passed check. */
    public static CheckResult passed(String name, String summary) {
        return new CheckResult(name, Status.PASSED, summary, List.of());
    }

    /** A check that could not run, with the reason as summary. */
    public static CheckResult skipped(String name, String why) {
        return new CheckResult(name, Status.SKIPPED, why, List.of());
    }
}
