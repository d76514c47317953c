package dev.dbflow.internal.compare;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Sequence;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.SchemaChange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serial columns of the changelog that the entities map as identity columns. A {@code serial}/{@code bigserial}
 * column (a default taking {@code nextval} of a sequence of the changelog) and an identity column of the same type
 * both give {@code GenerationType.IDENTITY} its values, so the pair is no difference: the entities' column takes the
 * changelog's form and the sequence stays, and the review names each such column once; when asked
 * ({@code convertSerialToIdentity}), each is converted instead ({@link #conversions()}).
 */
final class SerialColumns {

    private static final Pattern NEXTVAL = Pattern.compile(
            "nextval\\('(?:\"?([^\"'.]+)\"?\\.)?\"?([^\"']+)\"?'::regclass\\)");

    private final Schema entities;
    private final List<String> notes;
    private final List<SchemaChange> conversions;

    private SerialColumns(Schema entities, List<String> notes, List<SchemaChange> conversions) {
        this.entities = entities;
        this.notes = notes;
        this.conversions = conversions;
    }

    /** Finds the serial columns of {@code changelog} whose column in {@code entities} is an identity column. */
    static SerialColumns of(Schema changelog, Schema entities) {
        Map<QualifiedName, Table> before = changelog.tablesByName();
        Map<QualifiedName, Sequence> sequencesBefore = changelog.sequencesByName();
        Set<QualifiedName> kept = new HashSet<>();
        List<String> notes = new ArrayList<>();
        List<SchemaChange> conversions = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (Table table : entities.tables()) {
            Table old = before.get(table.name());
            List<Column> columns = new ArrayList<>();
            for (Column column : table.columns()) {
                Column serial = old == null ? null : old.column(column.name())
                        .filter(c -> c.identity() == null && c.type().equals(column.type()))
                        .filter(c -> column.identity() != null && column.defaultValue() == null).orElse(null);
                QualifiedName sequence = serial == null ? null : sequence(serial.defaultValue(), table.name());
                if (sequence != null && sequencesBefore.containsKey(sequence)) {
                    kept.add(sequence);
                    notes.add("serial column " + table.name().display() + "." + column.name() + " (nextval of "
                            + sequence.display() + "), which GenerationType.IDENTITY takes as it takes an identity "
                            + "column");
                    columns.add(new Column(column.name(), column.type(), column.nullable(), serial.defaultValue(),
                            null, column.comment(), column.collation(), null));
                    conversions.add(new ColumnChange.ConvertSerial(table.name(), serial, column,
                            sequencesBefore.get(sequence), true));
                } else {
                    columns.add(column);
                }
            }
            tables.add(new Table(table.name(), columns, table.primaryKey(), table.foreignKeys(),
                    table.uniqueConstraints(), table.indexes(), table.checks(), table.comment(), table.rowSecurity(),
                    table.policies()));
        }
        List<Sequence> sequencesAfter = new ArrayList<>(entities.sequences());
        kept.stream().filter(name -> !entities.sequencesByName().containsKey(name))
                .forEach(name -> sequencesAfter.add(sequencesBefore.get(name)));
        return new SerialColumns(new Schema(entities.namespaces(), tables, sequencesAfter, entities.enumTypes(),
                entities.views(), entities.compositeTypes()), notes, conversions);
    }

    /** The sequence a {@code nextval('…'::regclass)} default takes its values from, or null for another default. */
    private static QualifiedName sequence(String defaultValue, QualifiedName table) {
        Matcher matcher = defaultValue == null ? null : NEXTVAL.matcher(defaultValue.trim());
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        return new QualifiedName(matcher.group(1) == null ? table.schema() : matcher.group(1), matcher.group(2));
    }

    /** The entities' schema with each such column in the changelog's serial form and its sequence kept. */
    Schema entities() {
        return entities;
    }

    /** One line per serial column kept, in table order. */
    List<String> notes() {
        return notes;
    }

    /** The operation that turns each such column into the identity column the entities map, in table order. */
    List<SchemaChange> conversions() {
        return conversions;
    }
}
