package dev.dbflow.internal.classify;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.CompositeTypeChange;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.PolicyChange;
import dev.dbflow.internal.operation.RenameChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.operation.EnumTypeChange;
import dev.dbflow.internal.operation.SequenceChange;
import dev.dbflow.internal.operation.TableChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds what each operation risks on a database that already holds the old schema and its rows. Only tables
 * that exist before the changeset count as holding rows: an index on a table the same changeset creates
 * locks nothing and fails on nothing. A NOT NULL column added without a default, or an existing column made NOT
 * NULL, never gets here unfilled: {@link Backfills} has already put a fill before its SET NOT NULL, or stopped.
 */
public final class SafetyClassifier {

    /** Constructs that give a NULL operand a non-NULL result, so a check using them can fail on NULLs. */
    private static final Pattern NULL_AWARE = Pattern.compile("(?i)\\b(IS\\s+(NOT\\s+)?(NULL|TRUE|FALSE|UNKNOWN|"
            + "DISTINCT)|COALESCE|NULLIF|CASE|NUM_NULLS|NUM_NONNULLS|CONCAT|CONCAT_WS|FORMAT)\\b");

    /**
     * Classifies operations.
     *
     * @param operations the operations, in changeset order
     * @param before     the schema they apply to
     * @return the findings of each operation, in the same order; an operation without risk has an empty list
     */
    public List<List<Finding>> classify(List<SchemaChange> operations, Schema before) {
        Set<QualifiedName> existing = before.tables().stream().map(t -> t.name()).collect(Collectors.toSet());
        Set<String> backfilled = Backfills.filled(operations);
        Set<String> added = operations.stream()
                .filter(op -> op instanceof ColumnChange.AddColumn add && add.definition().defaultValue() == null
                        && add.definition().identity() == null)
                .map(op -> op.table().display() + "." + ((ColumnChange.AddColumn) op).column())
                .filter(column -> !backfilled.contains(column))
                .collect(Collectors.toSet());
        Set<QualifiedName> dropped = operations.stream().filter(op -> op instanceof TableChange.DropTable)
                .map(SchemaChange::table).collect(Collectors.toSet());
        return operations.stream().map(op -> {
            List<Finding> findings = findings(op, existing, added);
            if (op instanceof ConstraintChange c && !c.add() && !dropped.contains(op.table())) {
                dropsIndex(c, findings);
            }
            if (op instanceof RenameChange.RenameColumn rename) {
                followers(rename, before, findings);
            }
            if (op instanceof ColumnChange.AlterColumn alter && existing.contains(op.table())
                    && !Objects.equals(alter.from().collation(), alter.to().collation())) {
                indexesRebuilt(alter, before, findings);
            }
            return findings;
        }).toList();
    }

    /**
     * A new collation orders the column's values anew: PostgreSQL rebuilds every index over it (a unique constraint's
     * and the primary key's included), holding the table's exclusive lock meanwhile.
     */
    private static void indexesRebuilt(ColumnChange.AlterColumn alter, Schema before, List<Finding> findings) {
        Table table = before.tablesByName().get(alter.table());
        String column = alter.column();
        boolean indexed = table.indexes().stream().anyMatch(index -> index.columns().contains(column))
                || table.uniqueConstraints().stream().anyMatch(unique -> unique.columns().contains(column))
                || table.primaryKey() != null && table.primaryKey().columns().contains(column);
        if (indexed) {
            findings.add(new Finding("LK005", alter.table().display() + "." + column, "the collation change rebuilds "
                    + "the column's indexes under an exclusive lock"));
        }
    }

    /**
     * PostgreSQL keeps a policy's columns by number, so a rename changes its expressions with it: nothing is dropped,
     * but the reviewer sees every policy whose text changes. {@code before} names the column as it is after the
     * rename.
     */
    private static void followers(RenameChange.RenameColumn rename, Schema before, List<Finding> findings) {
        for (Table table : before.tables()) {
            for (Policy policy : table.policies()) {
                if (policy.uses(rename.table(), rename.to())) {
                    findings.add(new Finding("RL001", table.name().display() + "." + policy.name(),
                            "the policy follows the rename of " + rename.from() + " to " + rename.to()));
                }
            }
        }
    }

    private static List<Finding> findings(SchemaChange op, Set<QualifiedName> existing, Set<String> added) {
        List<Finding> findings = new ArrayList<>();
        String table = op.table().display();
        boolean filled = existing.contains(op.table());
        if (op instanceof TableChange.DropTable) {
            findings.add(new Finding("DL001", table, "dropping the table deletes all its rows"));
        } else if (op instanceof ColumnChange.DropColumn c) {
            findings.add(new Finding("DL002", table + "." + c.column(), "dropping the column deletes its values"));
        } else if (op instanceof CompositeTypeChange.AlterCompositeType c) {
            c.from().attributes().stream().filter(a -> c.type().attribute(a.name()).isEmpty())
                    .forEach(a -> findings.add(new Finding("DL002", table + "." + a.name(), "dropping the attribute "
                            + "deletes its values in every column of the type")));
            if (!c.inPlace()) {
                c.usedBy().forEach(column -> findings.add(new Finding("LK003", column.table().display() + "."
                        + column.column(), "rebuilding the type rewrites the table under an exclusive lock")));
            }
        } else if (op instanceof EnumTypeChange.AlterEnumType e && !e.type().labels().containsAll(e.from().labels())
                && !e.usedBy().isEmpty()) {
            findings.add(new Finding("DD005", table, "the type loses values; converting a row that holds one fails"));
        } else if (op instanceof PolicyChange.DropPolicy d && !d.around().isEmpty()) {
            String policy = table + "." + d.objectName();
            findings.add(d.recreated()
                    ? new Finding("RL001", policy, "dropped and created again around the change of "
                    + String.join(", ", d.around()) + ", which PostgreSQL refuses while the policy uses it")
                    : new Finding("DL005", policy, "dropping " + String.join(", ", d.around()) + " drops the "
                    + "policy, which uses it; no entity declares the table's policies (@RowLevelSecurity), so it is "
                    + "not created again"));
        } else if (op instanceof SequenceChange.DropSequence) {
            findings.add(new Finding("DL004", table, "dropping the sequence loses its current value"));
        } else if (op instanceof ColumnChange.AlterColumn c && filled) {
            alteration(table + "." + c.column(), c.from(), c.to(), findings);
        } else if (op instanceof ConstraintChange c && c.add() && filled) {
            constraint(c, table, findings, newColumnsOnly(c, table, added));
        }
        return findings;
    }

    /** An index (a unique constraint's own included) that queries may use goes, while its table stays. */
    private static void dropsIndex(ConstraintChange c, List<Finding> findings) {
        String object = c.table().display() + "." + c.objectName();
        if (c.kind() == ConstraintChange.Kind.INDEX) {
            findings.add(new Finding("PF001", object, "queries that used the index may slow down"));
        } else if (c.kind() == ConstraintChange.Kind.UNIQUE) {
            findings.add(new Finding("PF001", object, "the constraint's index goes with it; queries that used it may "
                    + "slow down"));
        }
    }

    private static void alteration(String column, Column from, Column to, List<Finding> findings) {
        if (!from.type().equals(to.type())) {
            if (TypeChanges.narrows(from.type(), to.type())) {
                findings.add(new Finding("DL003", column, "narrowing " + from.type() + " to " + to.type()
                        + " truncates or rejects values that do not fit"));
            }
            if (TypeChanges.needsCast(from.type(), to.type())) {
                findings.add(new Finding("DD004", column, "converting " + from.type() + " to " + to.type()
                        + " needs a cast (USING) and fails on values that do not convert"));
            }
            if (TypeChanges.rewrites(from.type(), to.type())) {
                findings.add(new Finding("LK003", column, "the type change rewrites the table under an exclusive lock"));
            }
        }
        if (from.nullable() && !to.nullable()) {
            findings.add(new Finding("DD001", column, "SET NOT NULL fails while any row holds NULL"));
            findings.add(new Finding("LK004", column, "SET NOT NULL scans the whole table under an exclusive lock"));
        }
    }

    /**
     * A foreign key or check over columns the same changeset adds (without a default or a backfill) sees only NULLs
     * in the existing rows: NULL never violates a foreign key, nor a check that has no NULL test of its own (a NULL
     * operand makes the expression NULL, which passes).
     */
    private static boolean newColumnsOnly(ConstraintChange c, String table, Set<String> added) {
        if (c instanceof ConstraintChange.CheckChange check) {
            List<String> columns = check.check().columns();
            return !columns.isEmpty() && columns.stream().allMatch(column -> added.contains(table + "." + column))
                    && !NULL_AWARE.matcher(check.check().definition()).find();
        }
        return c instanceof ConstraintChange.ForeignKeyChange fk
                && fk.key().columns().stream().allMatch(column -> added.contains(table + "." + column));
    }

    private static void constraint(ConstraintChange c, String table, List<Finding> findings, boolean onNewColumns) {
        String object = table + "." + c.objectName();
        switch (c.kind()) {
            case UNIQUE -> findings.add(new Finding("DD002", object, "fails if existing rows hold duplicates"));
            case INDEX -> {
                if (((ConstraintChange.IndexChange) c).index().unique()) {
                    findings.add(new Finding("DD002", object, "fails if existing rows hold duplicates"));
                }
                findings.add(new Finding("LK001", object, "building the index blocks writes to the table; "
                        + "CREATE INDEX CONCURRENTLY does not"));
            }
            case CHECK, FOREIGN_KEY -> {
                if (!onNewColumns) {
                    findings.add(new Finding("DD003", object, "fails if existing rows violate it"));
                }
                findings.add(new Finding("LK002", object, "validating it scans the table under a lock; "
                        + "NOT VALID then VALIDATE CONSTRAINT does not block writes"));
            }
            case PRIMARY_KEY -> findings.add(new Finding("DD002", object, "fails if existing rows hold duplicates or NULLs"));
        }
    }
}
