package dev.dbflow.internal.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One corpus case: a model (fixpoint only) or an edit from {@code before} to {@code after} with the exact
 * operations it must produce.
 *
 * @param name     what the case shows, for the test name
 * @param naming   the naming strategy, {@code hibernate} or {@code spring}
 * @param before   the model before the edit, or null for a fixpoint-only case
 * @param after    the model (after the edit)
 * @param expected the exact review lines of the edit; empty for a fixpoint-only case
 * @param backfill the edit's {@code backfill} entries, what existing rows get in a column it makes NOT NULL, as the
 *                 developer would give them
 */
record CorpusCase(String name, String naming, Map<String, String> before, Map<String, String> after,
                  List<String> expected, List<String> backfill) {

    private static final String IMPORTS = """
            package app;
            import dev.dbflow.annotations.*;
            import jakarta.persistence.*;
            import java.math.BigDecimal;
            import java.time.*;
            import java.util.*;
            import org.hibernate.annotations.Check;
            import org.hibernate.annotations.ColumnDefault;
            import org.hibernate.annotations.Comment;
            import org.hibernate.annotations.JdbcTypeCode;
            import org.hibernate.annotations.OnDelete;
            import org.hibernate.annotations.OnDeleteAction;
            import org.hibernate.type.SqlTypes;
            """;

    /** A model that must settle: generate, apply, generate again finds nothing. */
    static CorpusCase model(String name, String... classes) {
        return new CorpusCase(name, "hibernate", null, sources(classes), List.of(), List.of());
    }

    /** An edit that must produce exactly {@code expected}. */
    static CorpusCase edit(String name, String[] before, String[] after, String... expected) {
        return new CorpusCase(name, "hibernate", sources(before), sources(after), List.of(expected), List.of());
    }

    /** Returns this case under another naming strategy. */
    CorpusCase naming(String strategy) {
        return new CorpusCase(name, strategy, before, after, expected, backfill);
    }

    /** Returns this edit run with the {@code backfill} entries {@code entries}. */
    CorpusCase backfill(String... entries) {
        return new CorpusCase(name, naming, before, after, expected, List.of(entries));
    }

    /** Sources from class bodies: each starts with its annotations and {@code class Name}. */
    static Map<String, String> sources(String... classes) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String body : classes) {
            String name = body.replaceAll("(?s).*?\\b(?:class|enum)\\s+(\\w+).*", "$1");
            sources.put("app/" + name + ".java", IMPORTS + body);
        }
        return sources;
    }

    @Override
    public String toString() {
        return name;
    }
}
