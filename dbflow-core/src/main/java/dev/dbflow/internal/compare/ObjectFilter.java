package dev.dbflow.internal.compare;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Scopes a comparison to some tables and sequences, as Alembic's {@code include_object} does: an object
 * is compared when its name or {@code schema.name} matches {@code includeObjects} (if set) and does not
 * match {@code excludeObjects} (if set). Objects outside the scope are left alone on both sides.
 */
public final class ObjectFilter {

    private final Predicate<QualifiedName> accepts;

    private ObjectFilter(Predicate<QualifiedName> accepts) {
        this.accepts = accepts;
    }

    /**
     * Builds the filter.
     *
     * @param includeObjects a regular expression, or null/blank for every object
     * @param excludeObjects a regular expression, or null/blank for none
     * @throws ConfigurationException when either is not a valid regular expression
     */
    public static ObjectFilter of(String includeObjects, String excludeObjects) {
        Pattern include = compile("includeObjects", includeObjects);
        Pattern exclude = compile("excludeObjects", excludeObjects);
        return new ObjectFilter(name -> (include == null || matches(include, name))
                && (exclude == null || !matches(exclude, name)));
    }

    /** Returns {@code schema} without the tables, sequences and enum types outside the scope. */
    public Schema apply(Schema schema) {
        return new Schema(schema.namespaces(), schema.tables().stream().filter(t -> accepts.test(t.name())).toList(),
                schema.sequences().stream().filter(s -> accepts.test(s.name())).toList(),
                schema.enumTypes().stream().filter(e -> accepts.test(e.name())).toList());
    }

    private static boolean matches(Pattern pattern, QualifiedName name) {
        return pattern.matcher(name.name()).matches() || pattern.matcher(name.schema() + "." + name.name()).matches();
    }

    private static Pattern compile(String setting, String regex) {
        if (regex == null || regex.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(regex.trim());
        } catch (PatternSyntaxException e) {
            throw new ConfigurationException("The setting '" + setting + "' (-Ddbflow." + setting + ") is not a valid "
                    + "regular expression: " + e.getDescription() + " near index " + e.getIndex() + " of '" + regex
                    + "'. Give a Java regular expression matched against table and sequence names, e.g. "
                    + "'audit_.*|flyway_schema_history'.");
        }
    }
}
