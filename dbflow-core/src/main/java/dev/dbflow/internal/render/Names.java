package dev.dbflow.internal.render;

import dev.dbflow.internal.model.QualifiedName;

import java.util.Set;

/** How names appear in changelogs: the {@code public} schema is left implicit, as users write it. */
public final class Names {

    /** PostgreSQL's reserved key words (catcode 'R' in {@code pg_get_keywords()}), which need quotes as names. */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
            "current_catalog", "current_date", "current_role", "current_time", "current_timestamp",
            "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false",
            "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into",
            "lateral", "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only",
            "or", "order", "placing", "primary", "references", "returning", "select", "session_user", "some",
            "symmetric", "system_user", "table", "then", "to", "trailing", "true", "union", "unique", "user",
            "using", "variadic", "when", "where", "window", "with");

    private Names() {
    }

    /** Returns the schema name for a Liquibase change, or null for {@code public}. */
    static String schema(QualifiedName name) {
        return "public".equals(name.schema()) ? null : name.schema();
    }

    /** Returns a SQL reference to a table or sequence, schema-qualified unless it is in {@code public}. */
    static String sql(QualifiedName name) {
        return "public".equals(name.schema()) ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
    }

    /**
     * Returns the name a key of {@code pg_get_indexdef} stands for: PostgreSQL prints a column that needs quotes
     * quoted ({@code "Qty"}), and Liquibase, which quotes names itself, must get the bare name.
     */
    static String unquote(String key) {
        return key.length() > 1 && key.startsWith("\"") && key.endsWith("\"")
                ? key.substring(1, key.length() - 1).replace("\"\"", "\"") : key;
    }

    /**
     * Quotes an identifier when PostgreSQL needs it: a reserved word, or anything but lower-case letters, digits and
     * underscores.
     *
     * @return the identifier, in double quotes when needed
     */
    public static String quote(String identifier) {
        if (identifier.matches("[a-z_][a-z0-9_$]*") && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
