package dev.dbflow.maven;

import org.apache.maven.plugin.logging.Log;

import java.io.PrintStream;

/**
 * The answer of a query goal ({@code status}, {@code history}, {@code heads}): Maven's log at INFO, and standard
 * output when {@code -q} hides INFO, because it is the result the user asked for, not progress ({@code git status}
 * is not silenced by a quiet flag either).
 */
final class QueryOutput {

    private final Log log;
    private final PrintStream out;

    QueryOutput(Log log, PrintStream out) {
        this.log = log;
        this.out = out;
    }

    /** Prints one line of the answer. */
    void line(String text) {
        if (log.isInfoEnabled()) {
            log.info(text);
        } else {
            out.println(text);
        }
    }
}
