package dev.dbflow.internal.render;

/**
 * Spells PostgreSQL's {@code format_type} names the short way developers write them ({@code varchar(20)},
 * {@code timestamptz(6)}), for changelogs and the review summary. Liquibase maps each short name back to
 * the same PostgreSQL type, which the round-trip tests check.
 */
final class TypeNames {

    private TypeNames() {
    }

    /** Returns the short spelling of a {@code format_type} name; names without one are returned as they are. */
    static String shortName(String type) {
        return type.replace("character varying", "varchar")
                .replaceAll("^timestamp\\((\\d+)\\) with time zone$", "timestamptz($1)")
                .replaceAll("^timestamp\\((\\d+)\\) without time zone$", "timestamp($1)")
                .replace("timestamp with time zone", "timestamptz")
                .replace("timestamp without time zone", "timestamp")
                .replaceAll("^time\\((\\d+)\\) without time zone$", "time($1)")
                .replace("time without time zone", "time");
    }
}
