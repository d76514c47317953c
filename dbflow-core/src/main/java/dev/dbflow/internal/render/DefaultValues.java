package dev.dbflow.internal.render;

import liquibase.statement.DatabaseFunction;

import java.util.Locale;

/**
 * A column default as a Liquibase computed value that reaches PostgreSQL as written. Liquibase replaces any computed
 * value it takes for its current-time function (text starting with {@code current_timestamp} or
 * {@code current_datetime}, or {@code now()}) with {@code NOW()}, so the database would store {@code now()} where
 * the entities' DDL stores {@code CURRENT_TIMESTAMP} (and lose a precision or the rest of the expression); in
 * parentheses it is left alone, and PostgreSQL stores the same expression without them.
 */
final class DefaultValues {

    private DefaultValues() {
    }

    /** Returns {@code expression} as the computed value to give Liquibase. */
    static DatabaseFunction computed(String expression) {
        String lower = expression.trim().toLowerCase(Locale.ROOT);
        boolean rewritten = lower.startsWith("current_timestamp") || lower.startsWith("current_datetime")
                || lower.equals("now()");
        return new DatabaseFunction(rewritten ? "(" + expression + ")" : expression);
    }
}
