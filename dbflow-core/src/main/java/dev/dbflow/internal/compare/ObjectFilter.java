package dev.dbflow.internal.compare;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Scopes a comparison to some tables and sequences, as Alembic's {@code include_object} does: an object
 * is compared when its name or {@code schema.name} matches {@code includeObjects} (if set) and does not
 * match {@code excludeObjects} (if set). Objects outside the scope are left alone on both sides. The indexes and
 * constraints of a table in scope are in scope with it, except those whose own name {@code excludeObjects} matches.
 * What base changelogs create is outside the scope too ({@link #besides}). A foreign key from a table in scope to one
 * outside it is compared only when the changelog's side has the referenced table ({@link #apply(Schema, Schema,
 * Consumer)}): nothing could create it, so the key would not apply.
 */
public final class ObjectFilter {

    private final Predicate<QualifiedName> accepts;
    private final Predicate<QualifiedName> excludes;

    private ObjectFilter(Predicate<QualifiedName> accepts, Predicate<QualifiedName> excludes) {
        this.accepts = accepts;
        this.excludes = excludes;
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
                && (exclude == null || !matches(exclude, name)), name -> exclude != null && matches(exclude, name));
    }

    /**
     * Returns this filter with every table, sequence, view, enum and composite type of {@code base} outside the scope:
     * they are another project's, created by its changelog, never by this one.
     */
    public ObjectFilter besides(Schema base) {
        Set<QualifiedName> theirs = new HashSet<>();
        base.tables().forEach(t -> theirs.add(t.name()));
        base.sequences().forEach(s -> theirs.add(s.name()));
        base.views().forEach(v -> theirs.add(v.name()));
        base.enumTypes().forEach(e -> theirs.add(e.name()));
        base.compositeTypes().forEach(c -> theirs.add(c.name()));
        return theirs.isEmpty() ? this : new ObjectFilter(name -> accepts.test(name) && !theirs.contains(name), excludes);
    }

    /**
     * Returns the entities' {@code schema} in scope, like {@link #apply(Schema)}, without the foreign keys to tables
     * outside the scope that {@code changelog} (unscoped, base changelogs included) lacks.
     *
     * @param leftOut told of each such key, as a sentence saying what to do
     */
    public Schema apply(Schema schema, Schema changelog, Consumer<String> leftOut) {
        Schema scoped = apply(schema);
        Set<QualifiedName> existing = changelog.tablesByName().keySet();
        Set<QualifiedName> inScope = scoped.tablesByName().keySet();
        List<Table> tables = new ArrayList<>();
        for (Table table : scoped.tables()) {
            List<ForeignKey> kept = new ArrayList<>();
            for (ForeignKey key : table.foreignKeys()) {
                QualifiedName referenced = key.referencedTable();
                if (inScope.contains(referenced) || existing.contains(referenced)) {
                    kept.add(key);
                } else {
                    leftOut.accept("foreign key " + key.name() + " of table " + table.name().display()
                            + ": it references table " + referenced.display() + ", which is outside includeObjects/"
                            + "excludeObjects and not in the changelog (nor a base changelog), so it could not apply; "
                            + "put " + referenced.display() + " in scope, or name the changelog that creates it in "
                            + "baseChangelogs");
                }
            }
            tables.add(kept.size() == table.foreignKeys().size() ? table : new Table(table.name(), table.columns(),
                    table.primaryKey(), kept, table.uniqueConstraints(), table.indexes(), table.checks(),
                    table.comment(), table.rowSecurity(), table.policies()));
        }
        return new Schema(scoped.namespaces(), tables, scoped.sequences(), scoped.enumTypes(), scoped.views(),
                scoped.compositeTypes());
    }

    /**
     * Returns {@code schema} without the tables, sequences, views, enum and composite types outside the scope, and without the
     * indexes, unique constraints, foreign keys and checks whose name is excluded.
     */
    public Schema apply(Schema schema) {
        return new Schema(schema.namespaces(), schema.tables().stream().filter(t -> accepts.test(t.name()))
                .map(this::withoutExcludedObjects).toList(),
                schema.sequences().stream().filter(s -> accepts.test(s.name())).toList(),
                schema.enumTypes().stream().filter(e -> accepts.test(e.name())).toList(),
                schema.views().stream().filter(v -> accepts.test(v.name())).toList(),
                schema.compositeTypes().stream().filter(c -> accepts.test(c.name())).toList());
    }

    private Table withoutExcludedObjects(Table table) {
        Predicate<String> kept = name -> !excludes.test(new QualifiedName(table.name().schema(), name));
        return new Table(table.name(), table.columns(), table.primaryKey(),
                table.foreignKeys().stream().filter(k -> kept.test(k.name())).toList(),
                table.uniqueConstraints().stream().filter(k -> kept.test(k.name())).toList(),
                table.indexes().stream().filter(k -> kept.test(k.name())).toList(),
                table.checks().stream().filter(k -> kept.test(k.name())).toList(),
                table.comment(), table.rowSecurity(), table.policies());
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
                    + "'. Give a Java regular expression matched against table, sequence, index and constraint "
                    + "names, e.g. 'audit_.*|flyway_schema_history'.");
        }
    }
}
