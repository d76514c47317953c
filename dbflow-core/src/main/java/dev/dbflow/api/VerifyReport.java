package dev.dbflow.api;

import java.nio.file.Path;
import java.util.List;

/**
 * Every {@code verify} check, in the order they ran, and where the reports were written.
 *
 * @param checks      the checks
 * @param junitReport the JUnit XML report
 * @param markdown    the Markdown summary
 */
public record VerifyReport(List<CheckResult> checks, Path junitReport, Path markdown) {

    public VerifyReport {
        checks = List.copyOf(checks);
    }

    /** Returns true when no check failed, and no check warned while {@code failOnWarning} is set. */
    public boolean passed(boolean failOnWarning) {
        return failing(failOnWarning).isEmpty();
    }

    /** Returns the checks that fail the gate, in order: the failed ones, and with {@code failOnWarning} the warnings. */
    public List<CheckResult> failing(boolean failOnWarning) {
        return checks.stream().filter(c -> c.status() == CheckResult.Status.FAILED
                || (failOnWarning && c.status() == CheckResult.Status.WARNING)).toList();
    }

    /** Returns the console line of a check: ✓ or ✗ (or ! for a warning, ○ when skipped), name, summary. */
    public static String line(CheckResult check) {
        String mark = switch (check.status()) {
            case PASSED -> "✓";
            case FAILED -> "✗";
            case WARNING, NOTICE -> "!";
            case SKIPPED -> "○";
        };
        return mark + " " + check.name() + ": " + check.summary();
    }
}
