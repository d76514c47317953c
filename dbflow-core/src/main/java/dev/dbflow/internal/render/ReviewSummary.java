package dev.dbflow.internal.render;

import dev.dbflow.internal.classify.Finding;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.CompositeType;
import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.CompositeTypeChange;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.NamespaceChange;
import dev.dbflow.internal.operation.PolicyChange;
import dev.dbflow.internal.operation.RenameChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.operation.EnumTypeChange;
import dev.dbflow.internal.operation.SequenceChange;
import dev.dbflow.internal.operation.TableChange;
import dev.dbflow.internal.operation.ViewChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line per operation for the developer to review: {@code +} adds, {@code -} drops, {@code ~} changes,
 * e.g. {@code + column task.priority varchar(20) not null} or {@code - index ix_task_due on task}.
 */
public final class ReviewSummary {

    /**
     * Returns the summary line of one operation with its risk column: the finding ids in brackets, e.g.
     * {@code - column task.legacy  [DL002]}.
     */
    public String line(SchemaChange change, List<Finding> findings) {
        String line = line(change);
        return findings.isEmpty() ? line
                : line + "  [" + findings.stream().map(Finding::id).collect(Collectors.joining(" ")) + "]";
    }

    /** Returns the summary line of one operation. */
    public String line(SchemaChange change) {
        if (change instanceof RenameChange.RenameTable r) {
            return "~ rename table " + r.from().display() + " -> " + r.to();
        }
        if (change instanceof RenameChange.RenameColumn r) {
            return "~ rename column " + r.table().display() + "." + r.from() + " -> " + r.to();
        }
        if (change instanceof RenameChange.RenameConstraint r) {
            return "~ rename " + constraintKind(r.kind()) + r.table().display() + "." + r.from() + " -> " + r.to();
        }
        if (change instanceof NamespaceChange n) {
            return (n instanceof NamespaceChange.CreateNamespace ? "+ schema " : "- schema ") + n.namespace();
        }
        String table = change.table().display();
        if (change instanceof TableChange.CreateTable c) {
            return "+ table " + table + " (" + c.definition().columns().size() + " columns)";
        }
        if (change instanceof TableChange.DropTable) {
            return "- table " + table;
        }
        if (change instanceof TableChange.SetTableComment c) {
            return "~ comment on table " + table + ": " + text(c.from()) + " -> " + text(c.to());
        }
        if (change instanceof ColumnChange.AddColumn c) {
            return "+ column " + table + "." + column(c.definition());
        }
        if (change instanceof ColumnChange.DropColumn c) {
            return "- column " + table + "." + c.column();
        }
        if (change instanceof ColumnChange.ConvertSerial c) {
            return "~ column " + table + "." + c.column() + ": " + (c.toIdentity()
                    ? "serial (nextval of " + c.sequence().name().display() + ") -> identity " + c.identity().identity()
                    : "identity -> serial (nextval of " + c.sequence().name().display() + ")");
        }
        if (change instanceof ColumnChange.Backfill c) {
            return "~ backfill " + table + "." + c.column() + " = " + c.value()
                    + (c.added() ? "" : " where NULL (a rollback keeps the values)");
        }
        if (change instanceof ColumnChange.AlterColumn c) {
            return "~ column " + table + "." + c.column() + ": " + String.join(", ", alterations(c.from(), c.to()));
        }
        if (change instanceof ConstraintChange c) {
            return (c.add() ? "+ " : "- ") + constraint(c) + " on " + table + details(c);
        }
        if (change instanceof EnumTypeChange e) {
            return enumType(e, table);
        }
        if (change instanceof CompositeTypeChange c) {
            return compositeType(c, table);
        }
        if (change instanceof TableChange.SetRowSecurity r) {
            return "~ row level security on " + table + ": " + PolicyLines.state(r.from()) + " -> "
                    + PolicyLines.state(r.to());
        }
        if (change instanceof PolicyChange p) {
            return PolicyLines.line(p, table);
        }
        if (change instanceof ViewChange v) {
            return view(v, table);
        }
        SequenceChange s = (SequenceChange) change;
        String sequence = "sequence " + table + " (start " + s.sequence().start() + ", increment "
                + s.sequence().increment() + ")";
        if (change instanceof SequenceChange.CreateSequence) {
            return "+ " + sequence;
        }
        return (change instanceof SequenceChange.DropSequence ? "- " : "~ ") + sequence;
    }

    /** A view that stays but is dropped and created again says why, on both of its lines. */
    private static String view(ViewChange change, String name) {
        String kind = change.view().materialized() ? "materialized view " : "view ";
        boolean create = change instanceof ViewChange.CreateView;
        if (change.because() == null) {
            return (create ? "+ " : "- ") + kind + name;
        }
        return "~ " + kind + name + ": " + (create ? "created again" : "dropped, to be created again") + " ("
                + change.because() + ")";
    }

    private static String compositeType(CompositeTypeChange change, String name) {
        if (change instanceof CompositeTypeChange.CreateCompositeType) {
            return "+ composite type " + name + " (" + change.type().attributes().stream()
                    .map(a -> a.name() + " " + TypeNames.shortName(a.type())).collect(Collectors.joining(", ")) + ")";
        }
        if (change instanceof CompositeTypeChange.DropCompositeType) {
            return "- composite type " + name;
        }
        CompositeTypeChange.AlterCompositeType alter = (CompositeTypeChange.AlterCompositeType) change;
        List<String> parts = new ArrayList<>();
        alter.from().attributes().stream().filter(a -> alter.type().attribute(a.name()).isEmpty())
                .forEach(a -> parts.add("- attribute " + a.name()));
        for (CompositeType.Attribute attribute : alter.type().attributes()) {
            alter.from().attribute(attribute.name()).ifPresentOrElse(
                    old -> {
                        if (!old.type().equals(attribute.type())) {
                            parts.add("~ attribute " + attribute.name() + " " + TypeNames.shortName(old.type())
                                    + " -> " + TypeNames.shortName(attribute.type()));
                        }
                    },
                    () -> parts.add("+ attribute " + attribute.name() + " " + TypeNames.shortName(attribute.type())));
        }
        if (parts.isEmpty()) {
            parts.add("attributes reordered");
        }
        return "~ composite type " + name + ": " + String.join(", ", parts) + (alter.inPlace() ? "" : ", rebuilt");
    }

    private static String enumType(EnumTypeChange change, String name) {
        String labels = "(" + String.join(", ", change.type().labels()) + ")";
        if (change instanceof EnumTypeChange.CreateEnumType) {
            return "+ enum type " + name + " " + labels;
        }
        if (change instanceof EnumTypeChange.DropEnumType) {
            return "- enum type " + name;
        }
        EnumTypeChange.AlterEnumType alter = (EnumTypeChange.AlterEnumType) change;
        return "~ enum type " + name + ": (" + String.join(", ", alter.from().labels()) + ") -> " + labels
                + (alter.inPlace() ? "" : ", rebuilt");
    }

    private static String column(Column column) {
        return column.name() + " " + TypeNames.shortName(column.type())
                + (column.collation() == null ? "" : " collate " + column.collation())
                + (column.nullable() ? "" : " not null")
                + (column.defaultValue() == null ? "" : " default " + column.defaultValue())
                + (column.identity() == null ? "" : " identity");
    }

    private static String collation(Column column) {
        return column.collation() == null ? "default" : column.collation();
    }

    private static List<String> alterations(Column from, Column to) {
        List<String> parts = new ArrayList<>();
        if (!from.type().equals(to.type())) {
            parts.add(TypeNames.shortName(from.type()) + " -> " + TypeNames.shortName(to.type()));
        }
        if (!Objects.equals(from.collation(), to.collation())) {
            parts.add("collation " + collation(from) + " -> " + collation(to));
        }
        if (from.nullable() != to.nullable()) {
            parts.add(to.nullable() ? "not null -> null" : "null -> not null");
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            parts.add("default " + text(from.defaultValue()) + " -> " + text(to.defaultValue()));
        }
        if (from.identity() != to.identity()) {
            parts.add("identity " + text(from.identity()) + " -> " + text(to.identity()));
        }
        if (from.identity() != null && to.identity() != null
                && from.identityOrDefault().increment() != to.identityOrDefault().increment()) {
            parts.add("identity increment " + from.identityOrDefault().increment() + " -> "
                    + to.identityOrDefault().increment());
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            parts.add("comment " + text(from.comment()) + " -> " + text(to.comment()));
        }
        return parts;
    }

    private static String constraintKind(ConstraintChange.Kind kind) {
        return switch (kind) {
            case PRIMARY_KEY -> "primary key ";
            case FOREIGN_KEY -> "foreign key ";
            case UNIQUE -> "unique ";
            case INDEX -> "index ";
            case CHECK -> "check ";
        };
    }

    private static String constraint(ConstraintChange c) {
        return switch (c.kind()) {
            case PRIMARY_KEY -> "primary key " + c.objectName();
            case FOREIGN_KEY -> "foreign key " + c.objectName();
            case UNIQUE -> "unique " + c.objectName();
            case INDEX -> (((ConstraintChange.IndexChange) c).index().unique() ? "unique index " : "index ")
                    + c.objectName();
            case CHECK -> "check " + c.objectName();
        };
    }

    private static String details(ConstraintChange c) {
        if (c instanceof ConstraintChange.PrimaryKeyChange k) {
            return " (" + String.join(", ", k.key().columns()) + ")";
        }
        if (c instanceof ConstraintChange.ForeignKeyChange k) {
            ForeignKey key = k.key();
            return " (" + String.join(", ", key.columns()) + ") -> " + key.referencedTable().display() + " ("
                    + String.join(", ", key.referencedColumns()) + ")"
                    + (key.onDelete() == ForeignKey.Action.NO_ACTION ? "" : " on delete " + key.onDelete().sql());
        }
        if (c instanceof ConstraintChange.UniqueChange k) {
            return " (" + String.join(", ", k.constraint().columns()) + ")";
        }
        if (c instanceof ConstraintChange.IndexChange k) {
            return k.index().simple() ? " (" + String.join(", ", k.index().columns()) + ")" : keys(k.index());
        }
        return " " + ((ConstraintChange.CheckChange) c).check().definition();
    }

    /** The whole key list of an index with more than plain ascending columns ({@code USING btree (created DESC)}). */
    private static String keys(Index index) {
        String definition = index.definition();
        int using = definition.indexOf(" USING ");
        return using < 0 ? " (" + String.join(", ", index.columns()) + ")" : definition.substring(using);
    }

    private static String text(Object value) {
        return value == null ? "none" : value.toString();
    }
}
