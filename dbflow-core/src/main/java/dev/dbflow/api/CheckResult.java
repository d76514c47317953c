package dev.dbflow.api;

import java.util.List;

/**
 * The outcome of one {@code verify} check.
 *
 * @param name    the check, e.g. {@code in sync}
 * @param status  passed, failed, warning (fails only with failOnWarning), notice or skipped
 * @param summary one line, e.g. {@code 3 changesets roll back exactly}
 * @param details what is wrong, one entry per problem, each naming the changeset, file or object; empty when passed
 * @param cases   per-changeset outcomes for checks that test changesets one by one (the stairway), in order
 */
public record CheckResult(String name, Status status, String summary, List<String> details, List<Case> cases) {

    /**
     * How a check ended. A {@code NOTICE} is a warning about what the team accepted once and cannot change, such as
     * old changesets without a rollback before the stairway's start: {@code failOnWarning} leaves it a warning, since
     * a gate that fails for ever on history would only be switched off.
     */
    public enum Status { PASSED, FAILED, WARNING, NOTICE, SKIPPED }

    /**
     * One changeset's outcome within a check.
     *
     * @param name    the changeset, {@code file::id::author}
     * @param failure what is wrong with it, or null when it passed
     */
    public record Case(String name, String failure) {
    }

    public CheckResult {
        details = List.copyOf(details);
        cases = List.copyOf(cases);
    }

    /** A result without per-changeset outcomes. */
    public CheckResult(String name, Status status, String summary, List<String> details) {
        this(name, status, summary, details, List.of());
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
