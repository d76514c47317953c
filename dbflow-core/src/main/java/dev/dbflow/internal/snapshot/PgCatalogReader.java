package dev.dbflow.internal.snapshot;

import dev.dbflow.internal.model.CheckConstraint;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.CompositeType;
import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.PolicyColumn;
import dev.dbflow.internal.model.PrimaryKey;
import dev.dbflow.internal.model.RowSecurity;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.EnumType;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Sequence;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.model.View;
import dev.dbflow.internal.model.UniqueConstraint;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every user namespace, table (with its row-level security policies), standalone sequence and enum type of a
 * PostgreSQL database from {@code pg_catalog}: eight queries for the whole database, whatever its size.
 */
public final class PgCatalogReader {

    /**
     * Reads the schema the connection's database holds now.
     *
     * @param connection an open connection; it is neither committed nor closed
     * @return the schema, tables and sequences sorted by name
     * @throws SQLException when a catalog query fails
     */
    public Schema read(Connection connection) throws SQLException {
        Map<QualifiedName, TableBuilder> tables = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            readTables(statement, tables);
            readColumns(statement, tables);
            readConstraints(statement, tables);
            readIndexes(statement, tables);
            readPolicies(statement, tables);
            List<Sequence> sequences = readSequences(statement);
            return new Schema(readNamespaces(statement), tables.values().stream().map(TableBuilder::build).toList(),
                    sequences, readEnumTypes(statement), readViews(statement), readCompositeTypes(statement));
        }
    }

    private static List<CompositeType> readCompositeTypes(Statement statement) throws SQLException {
        List<CompositeType> types = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(CatalogQueries.COMPOSITE_TYPES)) {
            while (rs.next()) {
                String[] names = (String[]) rs.getArray(3).getArray();
                String[] attributeTypes = (String[]) rs.getArray(4).getArray();
                List<CompositeType.Attribute> attributes = new ArrayList<>();
                for (int i = 0; i < names.length; i++) {
                    attributes.add(new CompositeType.Attribute(names[i], DefaultPrecision.spelledOut(attributeTypes[i])));
                }
                types.add(new CompositeType(new QualifiedName(rs.getString(1), rs.getString(2)), attributes));
            }
        }
        return types;
    }

    private static List<View> readViews(Statement statement) throws SQLException {
        Map<QualifiedName, View> views = new TreeMap<>();
        Map<QualifiedName, List<View.Read>> reads = new TreeMap<>();
        try (ResultSet rs = statement.executeQuery(CatalogQueries.VIEWS)) {
            while (rs.next()) {
                QualifiedName name = new QualifiedName(rs.getString(1), rs.getString(2));
                if (!views.containsKey(name)) {
                    views.put(name, new View(name, query(rs.getString(4)), rs.getBoolean(3), List.of()));
                }
                List<View.Read> read = reads.computeIfAbsent(name, n -> new ArrayList<>());
                if (rs.getString(6) != null) {
                    read.add(new View.Read(new QualifiedName(rs.getString(5), rs.getString(6)), rs.getString(7)));
                }
            }
        }
        return views.values().stream().map(v -> new View(v.name(), v.definition(), v.materialized(),
                reads.get(v.name()))).toList();
    }

    /** The printed query without the blank before it and the semicolon after it, which are not part of it. */
    private static String query(String printed) {
        String query = printed.strip();
        return query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
    }

    private static List<String> readNamespaces(Statement statement) throws SQLException {
        List<String> namespaces = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(CatalogQueries.NAMESPACES)) {
            while (rs.next()) {
                namespaces.add(rs.getString(1));
            }
        }
        return namespaces;
    }

    private static void readTables(Statement statement, Map<QualifiedName, TableBuilder> tables)
            throws SQLException {
        try (ResultSet rs = statement.executeQuery(CatalogQueries.TABLES)) {
            while (rs.next()) {
                QualifiedName name = new QualifiedName(rs.getString(1), rs.getString(2));
                tables.put(name, new TableBuilder(name, rs.getString(3),
                        new RowSecurity(rs.getBoolean(4), rs.getBoolean(5))));
            }
        }
    }

    private static void readColumns(Statement statement, Map<QualifiedName, TableBuilder> tables)
            throws SQLException {
        try (ResultSet rs = statement.executeQuery(CatalogQueries.COLUMNS)) {
            while (rs.next()) {
                TableBuilder table = tables.get(new QualifiedName(rs.getString(1), rs.getString(2)));
                String identity = rs.getString(7);
                table.columns.add(new Column(rs.getString(3), DefaultPrecision.spelledOut(rs.getString(4)), !rs.getBoolean(5),
                        rs.getString(6), identity(identity), rs.getString(8), rs.getString(9),
                        rs.getObject(10) == null ? null : Column.IdentityOptions.of(rs.getLong(10), rs.getLong(11))));
            }
        }
    }

    private static Column.Identity identity(String code) {
        if ("a".equals(code)) {
            return Column.Identity.ALWAYS;
        }
        return "d".equals(code) ? Column.Identity.BY_DEFAULT : null;
    }

    private static void readConstraints(Statement statement, Map<QualifiedName, TableBuilder> tables)
            throws SQLException {
        try (ResultSet rs = statement.executeQuery(CatalogQueries.CONSTRAINTS)) {
            while (rs.next()) {
                TableBuilder table = tables.get(new QualifiedName(rs.getString(1), rs.getString(2)));
                String name = rs.getString(3);
                List<String> columns = names(rs.getArray(5));
                switch (rs.getString(4)) {
                    case "p" -> table.primaryKey = new PrimaryKey(name, columns);
                    case "u" -> table.uniqueConstraints.add(new UniqueConstraint(name, columns));
                    case "f" -> table.foreignKeys.add(new ForeignKey(name, columns,
                            new QualifiedName(rs.getString(6), rs.getString(7)), names(rs.getArray(8)),
                            ForeignKey.Action.fromCode(rs.getString(9).charAt(0)),
                            ForeignKey.Action.fromCode(rs.getString(10).charAt(0))));
                    default -> table.checks.add(new CheckConstraint(name, rs.getString(11), columns));
                }
            }
        }
    }

    private static void readIndexes(Statement statement, Map<QualifiedName, TableBuilder> tables)
            throws SQLException {
        try (ResultSet rs = statement.executeQuery(CatalogQueries.INDEXES)) {
            while (rs.next()) {
                TableBuilder table = tables.get(new QualifiedName(rs.getString(1), rs.getString(2)));
                table.indexes.add(new Index(rs.getString(3), names(rs.getArray(5)), rs.getBoolean(4),
                        rs.getString(6), rs.getBoolean(7), rs.getBoolean(8)));
            }
        }
    }

    /** The query gives one row per (policy, used column); consecutive rows of one policy are joined here. */
    private static void readPolicies(Statement statement, Map<QualifiedName, TableBuilder> tables)
            throws SQLException {
        try (ResultSet rs = statement.executeQuery(CatalogQueries.POLICIES)) {
            TableBuilder table = null;
            Policy policy = null;
            List<PolicyColumn> uses = new ArrayList<>();
            while (rs.next()) {
                TableBuilder rowTable = tables.get(new QualifiedName(rs.getString(1), rs.getString(2)));
                if (rowTable != table || !rs.getString(3).equals(policy.name())) {
                    addPolicy(table, policy, uses);
                    table = rowTable;
                    policy = new Policy(rs.getString(3), command(rs.getString(4)), rs.getBoolean(5),
                            names(rs.getArray(6)), rs.getString(7), rs.getString(8), List.of(),
                            qualified(names(rs.getArray(12)), names(rs.getArray(13))));
                    uses = new ArrayList<>();
                }
                if (rs.getString(9) != null) {
                    uses.add(new PolicyColumn(new QualifiedName(rs.getString(9), rs.getString(10)), rs.getString(11)));
                }
            }
            addPolicy(table, policy, uses);
        }
    }

    private static void addPolicy(TableBuilder table, Policy policy, List<PolicyColumn> uses) {
        if (table != null) {
            table.policies.add(new Policy(policy.name(), policy.command(), policy.permissive(), policy.roles(),
                    policy.using(), policy.withCheck(), uses, policy.types()));
        }
    }

    private static List<QualifiedName> qualified(List<String> schemas, List<String> names) {
        List<QualifiedName> qualified = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            qualified.add(new QualifiedName(schemas.get(i), names.get(i)));
        }
        return qualified;
    }

    private static String command(String code) {
        return switch (code) {
            case "r" -> "SELECT";
            case "a" -> "INSERT";
            case "w" -> "UPDATE";
            case "d" -> "DELETE";
            default -> "ALL";
        };
    }

    private static List<Sequence> readSequences(Statement statement) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(CatalogQueries.SEQUENCES)) {
            while (rs.next()) {
                sequences.add(new Sequence(new QualifiedName(rs.getString(1), rs.getString(2)),
                        rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        rs.getLong(8), rs.getBoolean(9)));
            }
        }
        return sequences;
    }

    private static List<EnumType> readEnumTypes(Statement statement) throws SQLException {
        List<EnumType> types = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(CatalogQueries.ENUM_TYPES)) {
            while (rs.next()) {
                types.add(new EnumType(new QualifiedName(rs.getString(1), rs.getString(2)), names(rs.getArray(3))));
            }
        }
        return types;
    }

    private static List<String> names(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    /** Collects one table's parts while the per-kind queries stream past. */
    private static final class TableBuilder {
        private final QualifiedName name;
        private final String comment;
        private final RowSecurity rowSecurity;
        private final List<Policy> policies = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private PrimaryKey primaryKey;

        TableBuilder(QualifiedName name, String comment, RowSecurity rowSecurity) {
            this.name = name;
            this.comment = comment;
            this.rowSecurity = rowSecurity;
        }

        Table build() {
            return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks,
                    comment, rowSecurity, policies);
        }
    }
}
