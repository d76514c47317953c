package dev.dbflow.internal.load;

import dev.dbflow.annotations.RowLevelSecurity;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.RowSecurity;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Table;
import org.hibernate.mapping.PersistentClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The row-level security the entities declare with {@link RowLevelSecurity} and {@link dev.dbflow.annotations.Policy},
 * per table. An entity takes the declaration of its own class or of the nearest {@code @MappedSuperclass} above it
 * that has one; a single-table subclass shares its root's table and declares nothing of its own.
 *
 * @param tables the declarations, by table
 */
public record DeclaredPolicies(Map<QualifiedName, Declaration> tables) {

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
     * @throws ConfigurationException for a {@code @Policy} without {@code @RowLevelSecurity} on the same class, a
     *                                policy without a name or named twice for one table, or two entities that declare
     *                                different row-level security for one table
     */
    public static DeclaredPolicies of(EntityModel model) {
        Set<String> entities = model.metadata().getEntityBindings().stream().map(PersistentClass::getClassName)
                .collect(Collectors.toSet());
        Map<QualifiedName, Declaration> tables = new TreeMap<>();
        for (PersistentClass entity : model.metadata().getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type == null) {
                continue;
            }
            for (Class<?> c = type; c != null && c != Object.class
                    && (c == type || !entities.contains(c.getName())); c = c.getSuperclass()) {
                dev.dbflow.annotations.Policy[] policies =
                        c.getDeclaredAnnotationsByType(dev.dbflow.annotations.Policy.class);
                RowLevelSecurity security = c.getDeclaredAnnotation(RowLevelSecurity.class);
                if (security == null && policies.length > 0) {
                    throw new ConfigurationException("@Policy on " + c.getName() + " (entity " + entity.getClassName()
                            + ") needs @RowLevelSecurity on the same class: dbflow manages the policies only of tables "
                            + "whose entity declares row-level security. Add @RowLevelSecurity to " + c.getSimpleName()
                            + ".");
                }
                if (security != null) {
                    QualifiedName table = TableNames.of(entity.getTable());
                    Declaration declaration = new Declaration(entity.getClassName(),
                            new RowSecurity(security.enabled(), security.force()), policies(entity, table, policies));
                    Declaration other = tables.putIfAbsent(table, declaration);
                    if (other != null && !sameDeclaration(other, declaration)) {
                        throw new ConfigurationException("Entities " + other.entity() + " and "
                                + entity.getClassName() + " both map table " + table.display() + " and declare "
                                + "different row-level security for it. Declare @RowLevelSecurity and @Policy once, on "
                                + "the root entity of the table.");
                    }
                    break;
                }
            }
        }
        return new DeclaredPolicies(tables);
    }

    private static List<Policy> policies(PersistentClass entity, QualifiedName table,
                                         dev.dbflow.annotations.Policy[] declared) {
        List<Policy> policies = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (dev.dbflow.annotations.Policy p : declared) {
            if (p.name().isBlank() || !names.add(p.name())) {
                throw new ConfigurationException("Entity " + entity.getClassName() + " declares "
                        + (p.name().isBlank() ? "a @Policy without a name" : "two policies named '" + p.name() + "'")
                        + " for table " + table.display() + ". Give each @Policy of a table its own name.");
            }
            List<String> roles = p.roles().length == 0 ? List.of(Policy.PUBLIC) : Arrays.asList(p.roles());
            policies.add(new Policy(p.name(), p.command().name(), p.permissive(), roles, blankToNull(p.using()),
                    blankToNull(p.withCheck()), List.of()));
        }
        return policies;
    }

    private static boolean sameDeclaration(Declaration a, Declaration b) {
        return a.rowSecurity().equals(b.rowSecurity()) && a.policies().equals(b.policies());
    }

    private static String blankToNull(String expression) {
        return expression.isBlank() ? null : expression;
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
        return new Schema(entities.namespaces(), scoped, entities.sequences(), entities.enumTypes());
    }
}
