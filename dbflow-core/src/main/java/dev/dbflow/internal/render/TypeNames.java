package dev.dbflow.internal.render;

import dev.dbflow.api.ConfigurationException;
import liquibase.database.core.PostgresDatabase;
import liquibase.datatype.DataTypeFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells PostgreSQL's {@code format_type} names for people and for Liquibase.
 *
 * <p>For people: the short way developers write them ({@code varchar(20)}, {@code timestamptz(6)}).
 * For Liquibase: a spelling its type parser passes to PostgreSQL unchanged. Liquibase rewrites some types
 * on the way ({@code varchar(255)[]} becomes the invalid {@code VARCHAR[](255)}, {@code money} becomes
 * {@code DECIMAL}), so each candidate spelling is run through Liquibase's own {@link DataTypeFactory} and the
 * first one that comes out as the same type is used.
 */
final class TypeNames {

    private static final Pattern ARRAY_WITH_MODIFIER = Pattern.compile("^(.+\\(.*\\))\\[]$");
    private static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private TypeNames() {
    }

    /** Returns the short spelling of a {@code format_type} name; names without one are returned as they are. */
    static String shortName(String type) {
        return type.replace("character varying", "varchar")
                .replaceAll("^character\\((\\d+)\\)", "char($1)")
                .replaceAll("^timestamp\\((\\d+)\\) with time zone", "timestamptz($1)")
                .replaceAll("^timestamp\\((\\d+)\\) without time zone", "timestamp($1)")
                .replace("timestamp with time zone", "timestamptz")
                .replace("timestamp without time zone", "timestamp")
                .replaceAll("^time\\((\\d+)\\) without time zone", "time($1)")
                .replace("time without time zone", "time");
    }

    /**
     * Returns a spelling of {@code type} that Liquibase hands to PostgreSQL as the same type.
     *
     * @param column the table and column, for the error
     * @throws ConfigurationException for an interval with fields or a precision ({@code interval second(6)}), which
     *                                Liquibase 4.33 writes as invalid SQL ({@code INTERVAL SECOND(6)(6) second}) in
     *                                every spelling
     */
    static String liquibase(String type, String column) {
        for (String candidate : candidates(type)) {
            if (liquibaseKeeps(candidate, type)) {
                return candidate;
            }
        }
        if (type.startsWith("interval")) {
            throw new ConfigurationException("Column " + column + " has the PostgreSQL type '" + type + "', which "
                    + "Liquibase cannot write into a changeset (it would write "
                    + DataTypeFactory.getInstance().fromDescription(type, POSTGRES).toDatabaseDataType(POSTGRES).toSql()
                    + ", which PostgreSQL rejects). Map the attribute as a plain interval (@Column(columnDefinition = "
                    + "\"interval\")) or with Hibernate's default for a Duration (numeric(21)); nothing was written.");
        }
        return shortName(type);
    }

    private static List<String> candidates(String type) {
        String shortName = shortName(type);
        List<String> candidates = new ArrayList<>(List.of(shortName));
        Matcher array = ARRAY_WITH_MODIFIER.matcher(shortName);
        if (array.matches()) {
            candidates.add(array.group(1) + " array");
        }
        candidates.add("pg_catalog." + type);
        return candidates;
    }

    private static boolean liquibaseKeeps(String candidate, String type) {
        String rendered = DataTypeFactory.getInstance().fromDescription(candidate, POSTGRES)
                .toDatabaseDataType(POSTGRES).toSql();
        String result = normal(rendered);
        return result.equals(normal(candidate)) || result.equals(normal(type)) || result.equals(normal(shortName(type)));
    }

    private static String normal(String type) {
        return type.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
