package dev.dbflow.internal.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column type change does to existing data, from PostgreSQL's {@code format_type} names: whether it
 * narrows (loses data), crosses type families (needs a cast), or rewrites the table.
 */
final class TypeChanges {

    private static final Pattern MODIFIED = Pattern.compile("^([a-z ]*[a-z])\\s*(?:\\((\\d+)(?:,(\\d+))?\\))?(.*)$");

    private TypeChanges() {
    }

    /** A parsed type: base name, up to two modifiers (-1 when absent) and what follows them. */
    private record Type(String base, int first, int second, String rest) {
        static Type of(String type) {
            Matcher m = MODIFIED.matcher(type.trim());
            if (!m.matches()) {
                return new Type(type, -1, -1, "");
            }
            return new Type(m.group(1).trim(), m.group(2) == null ? -1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? -1 : Integer.parseInt(m.group(3)), m.group(4).trim());
        }

        String family() {
            return switch (base) {
                case "character varying", "character", "text" -> "text";
                case "smallint", "integer", "bigint", "numeric", "real", "double precision" -> "number";
                case "timestamp", "date", "time" -> "time";
                default -> base;
            };
        }
    }

    /** Returns true when values of {@code from} may not fit {@code to}: a shorter length, fewer digits, a smaller integer. */
    static boolean narrows(String from, String to) {
        Type a = Type.of(from);
        Type b = Type.of(to);
        if (!a.family().equals(b.family()) || !a.rest().equals(b.rest())) {
            return false;
        }
        if (a.family().equals("text")) {
            int before = a.base().equals("text") || a.first() < 0 ? Integer.MAX_VALUE : a.first();
            int after = b.base().equals("text") || b.first() < 0 ? Integer.MAX_VALUE : b.first();
            return after < before;
        }
        if (a.base().equals("numeric") && b.base().equals("numeric")) {
            return b.first() >= 0 && (a.first() < 0 || fewerDigits(a, b));
        }
        if (a.family().equals("number")) {
            return rank(b) < rank(a);
        }
        return a.base().equals(b.base()) && b.first() >= 0 && b.first() < a.first();
    }

    /** Returns the length limit of a {@code character varying(n)} or {@code character(n)} type, else -1. */
    static int textLength(String type) {
        Type t = Type.of(type);
        return t.family().equals("text") && !t.base().equals("text") ? t.first() : -1;
    }

    /** Returns true when the new type is in another family, so PostgreSQL needs {@code USING col::type}. */
    static boolean needsCast(String from, String to) {
        return !Type.of(from).family().equals(Type.of(to).family());
    }

    /**
     * Returns true when PostgreSQL rewrites the table for the change. Only widening a varchar (or turning it
     * into text) and raising a numeric's precision at the same scale are done without a rewrite.
     */
    static boolean rewrites(String from, String to) {
        Type a = Type.of(from);
        Type b = Type.of(to);
        if (a.base().equals("character varying") && (b.base().equals("text")
                || (b.base().equals("character varying") && (b.first() < 0 || b.first() >= a.first())))) {
            return false;
        }
        return !(a.base().equals("numeric") && b.base().equals("numeric") && a.second() == b.second()
                && b.first() >= a.first());
    }

    /** Fewer digits after the point, or fewer before it. */
    private static boolean fewerDigits(Type a, Type b) {
        return Math.max(b.second(), 0) < Math.max(a.second(), 0)
                || b.first() - Math.max(b.second(), 0) < a.first() - Math.max(a.second(), 0);
    }

    private static int rank(Type type) {
        return switch (type.base()) {
            case "smallint" -> 1;
            case "integer" -> 2;
            case "bigint" -> 3;
            case "real" -> 4;
            case "double precision" -> 5;
            default -> 6;
        };
    }
}
