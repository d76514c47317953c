package dev.dbflow.internal.snapshot;

import java.util.regex.Pattern;

/**
 * PostgreSQL's time types without a precision are the same types as with precision 6: {@code timestamp} stores
 * microseconds either way, and {@code format_type} prints the typmod only when one was given. A changelog that
 * writes {@code timestamp} and an entity that maps {@code timestamp(6)} describe one column, so the model holds
 * the precision always.
 */
final class DefaultPrecision {

    /** The types whose default precision is the largest, 6, written without one. */
    private static final Pattern WITHOUT_PRECISION = Pattern.compile(
            "^(timestamp|time)( with(?:out)? time zone)$|^interval$");

    private DefaultPrecision() {
    }

    /** Returns {@code type} as {@code format_type} prints it, with the default precision spelled out. */
    static String spelledOut(String type) {
        var matcher = WITHOUT_PRECISION.matcher(type);
        if (!matcher.matches()) {
            return type;
        }
        return matcher.group(1) == null ? "interval(6)" : matcher.group(1) + "(6)" + matcher.group(2);
    }
}
