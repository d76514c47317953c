package dev.dbflow.internal.model;

/**
 * Always-quoted SQL identifiers, for the statements dbflow runs itself on scratch and target databases, where
 * names come from the catalog exactly as stored (case and all). Changelogs quote only where PostgreSQL needs
 * it, for readability (see the render stage).
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** Returns {@code "name"}, with embedded double quotes doubled. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Returns {@code "schema"."name"}. */
    public static String quote(QualifiedName name) {
        return quote(name.schema()) + "." + quote(name.name());
    }
}
