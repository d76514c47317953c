package dev.dbflow.internal.load;

import dev.dbflow.annotations.RowLevelSecurity;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.RowSecurity;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.load.mapping.MappedEntity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The row-level security the entities declare with {@link RowLevelSecurity} and {@link dev.dbflow.annotations.Policy},
 * per table. An entity's table gets the nearest {@code @RowLevelSecurity} of the entity class and the
 * {@code @MappedSuperclass}es above it, and the policies of all of them together (a shared tenant policy on a
 * superclass and an entity's own policy both apply); a single-table subclass shares its root's table and declares
 * nothing of its own.
 *
 * @param tables the declarations, by table
 */
public record DeclaredPolicies(Map<QualifiedName, Declaration> tables) {

    /** PostgreSQL's NAMEDATALEN - 1: longer identifiers are truncated. */
    private static final int MAX_NAME_BYTES = 63;

    /**
     * What one entity declares for its table.
     *
     * @param entity      the entity class name, for errors
     * @param rowSecurity the switches
     * @param policies    the policies, expressions as written (not yet in PostgreSQL's printed form)
     */
    public record Declaration(String entity, RowSecurity rowSecurity, List<Policy> policies) {
    }

    /**
     * Collects the declarations of a model.
     *
     * @throws ConfigurationException for a {@code @Policy} without {@code @RowLevelSecurity} on its entity or a
     *                                {@code @MappedSuperclass} above it, a policy without a name or named twice for one
     *                                table, an expression that is not one SQL expression, a role name PostgreSQL would
     *                                not keep as written, a single-table subclass that declares anything, or two
     *                                entities that declare different row-level security for one table
     */
    public static DeclaredPolicies of(List<MappedEntity> mapped) {
        Set<String> entities = mapped.stream().map(MappedEntity::className).collect(Collectors.toSet());
        Map<QualifiedName, Declaration> tables = new TreeMap<>();
        for (MappedEntity entity : mapped) {
            Class<?> type = entity.type();
            if (type == null) {
                continue;
            }
            List<Class<?>> chain = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class && (c == type || !entities.contains(c.getName()));
                 c = c.getSuperclass()) {
                chain.add(c);
            }
            RowLevelSecurity security = chain.stream().map(c -> ProjectAnnotations.declared(c, RowLevelSecurity.class))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            List<dev.dbflow.annotations.Policy> declared = chain.stream()
                    .flatMap(c -> ProjectAnnotations.declaredRepeated(c, dev.dbflow.annotations.Policy.class).stream())
                    .toList();
            if (security == null && declared.isEmpty()) {
                continue;
            }
            QualifiedName table = new QualifiedName(entity.schema(), entity.table());
            if (entity.sharesRootTable()) {
                throw new ConfigurationException("Entity " + entity.className() + " shares table " + table.display()
                        + " with its root entity " + entity.rootClassName() + " (single-table "
                        + "inheritance), so it cannot declare row-level security of its own: move @RowLevelSecurity "
                        + "and @Policy to " + entity.rootClassName() + ".");
            }
            if (security == null) {
                throw new ConfigurationException("Entity " + entity.className() + " has @Policy but no "
                        + "@RowLevelSecurity: dbflow manages the policies only of tables whose entity declares "
                        + "row-level security. Add @RowLevelSecurity to " + type.getSimpleName() + " (or to the "
                        + "@MappedSuperclass that declares the policies).");
            }
            Declaration declaration = new Declaration(entity.className(),
                    new RowSecurity(security.enabled(), security.force()), policies(entity, table, declared));
            Declaration other = tables.putIfAbsent(table, declaration);
            if (other != null && !sameDeclaration(other, declaration)) {
                throw new ConfigurationException("Entities " + other.entity() + " and " + entity.className()
                        + " both map table " + table.display() + " and declare different row-level security for it. "
                        + "Declare @RowLevelSecurity and @Policy once, on the root entity of the table.");
            }
        }
        return new DeclaredPolicies(tables);
    }

    private static List<Policy> policies(MappedEntity entity, QualifiedName table,
                                         List<dev.dbflow.annotations.Policy> declared) {
        List<Policy> policies = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (dev.dbflow.annotations.Policy p : declared) {
            if (p.name().isBlank() || !names.add(p.name())) {
                throw new ConfigurationException("Entity " + entity.className() + " declares "
                        + (p.name().isBlank() ? "a @Policy without a name" : "two policies named '" + p.name() + "'")
                        + " for table " + table.display() + " (its own and its @MappedSuperclass's together). Give "
                        + "each @Policy of a table its own name.");
            }
            String where = "Policy '" + p.name() + "' of entity " + entity.className();
            if (p.name().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw new ConfigurationException(where + " has a name of more than " + MAX_NAME_BYTES + " bytes, "
                        + "which PostgreSQL would cut short (and two long names could become one). Give it a "
                        + "shorter name.");
            }
            policies.add(new Policy(p.name(), p.command().name(), p.permissive(), PolicyRoles.of(where, p.roles()),
                    expression(where, "using", p.using()), expression(where, "withCheck", p.withCheck()), List.of(),
                    List.of()));
        }
        return policies;
    }

    private static String expression(String where, String attribute, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return PolicyExpression.clean(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + " cannot be used: its " + attribute + " is not one SQL expression"
                    + " (" + e.getMessage() + "). Write a single boolean expression over the table's columns, e.g. "
                    + "tenant_id = current_setting('app.tenant_id')::uuid.");
        }
    }

    private static boolean sameDeclaration(Declaration a, Declaration b) {
        return a.rowSecurity().equals(b.rowSecurity()) && a.policies().equals(b.policies());
    }

    /** Returns the roles the policies name, {@code PUBLIC} aside, sorted. */
    public Set<String> roles() {
        return tables.values().stream().flatMap(d -> d.policies().stream()).flatMap(p -> p.roles().stream())
                .filter(role -> !role.equals(Policy.PUBLIC)).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Returns the entities' schema with the row-level security of every table that no entity declares it for set
     * to null: left alone by the comparison.
     */
    public Schema scope(Schema entities) {
        List<Table> scoped = entities.tables().stream()
                .map(t -> tables.containsKey(t.name()) ? t : t.withRowSecurity(null, List.of())).toList();
        return entities.withTables(scoped);
    }
}
