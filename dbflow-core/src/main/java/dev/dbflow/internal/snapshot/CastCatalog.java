package dev.dbflow.internal.snapshot;

import dev.dbflow.internal.model.CastRoute;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The casts a PostgreSQL database allows, read from {@code pg_cast} and {@code pg_type}. {@code value::type} works
 * when {@code pg_cast} has the pair, when either side is a string type (PostgreSQL's automatic I/O conversion), or
 * between lengths of one type; otherwise a route through one intermediate type both casts reach is taken. A type the
 * database does not know (an enum or domain of the application) is left to the direct cast.
 */
public final class CastCatalog implements CastRoute {

    /** A type's modifiers, e.g. {@code (40)} or {@code (10,2)}: the cast catalog is keyed by the type without them. */
    private static final Pattern MODIFIERS = Pattern.compile("\\(\\d+(?:,\\d+)?\\)");

    private final Set<String> casts;
    private final Set<String> strings;
    private final Set<String> types;

    private CastCatalog(Set<String> casts, Set<String> strings, Set<String> types) {
        this.casts = casts;
        this.strings = strings;
        this.types = types;
    }

    /**
     * Reads the catalog of the database {@code connection} is open on.
     *
     * @throws SQLException as the database raises it
     */
    public static CastCatalog read(Connection connection) throws SQLException {
        Set<String> casts = new HashSet<>();
        Set<String> strings = new HashSet<>();
        Set<String> types = new HashSet<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT format_type(castsource, NULL), format_type(casttarget, NULL) FROM pg_cast")) {
                while (rows.next()) {
                    casts.add(pair(rows.getString(1), rows.getString(2)));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT format_type(oid, NULL), typcategory = 'S' FROM pg_type")) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                    if (rows.getBoolean(2)) {
                        strings.add(rows.getString(1));
                    }
                }
            }
        }
        return new CastCatalog(casts, strings, types);
    }

    @Override
    public Optional<List<String>> through(String from, String to) {
        String source = base(from);
        String target = base(to);
        if (!types.contains(source) || !types.contains(target) || direct(source, target)) {
            return Optional.of(List.of());
        }
        return new TreeSet<>(types).stream()
                .filter(middle -> !strings.contains(middle) && casts.contains(pair(source, middle))
                        && casts.contains(pair(middle, target)))
                .findFirst().map(List::of);
    }

    private boolean direct(String source, String target) {
        return source.equals(target) || strings.contains(source) || strings.contains(target)
                || casts.contains(pair(source, target));
    }

    private static String base(String type) {
        return MODIFIERS.matcher(type).replaceAll("").replaceAll("\\s+", " ").trim();
    }

    private static String pair(String source, String target) {
        return source + " -> " + target;
    }
}
