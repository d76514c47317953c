package dev.dbflow.internal.fuzz;

import dev.dbflow.internal.model.CheckConstraint;
import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.model.UniqueConstraint;
import liquibase.change.Change;
import liquibase.change.core.OutputChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.database.core.PostgresDatabase;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The objects a {@link RandomScope} leaves out, as the database has them, and the property that a changeset leaves
 * them alone: none of its statements, nor of its rollback's, names an out-of-scope table, sequence, index or
 * constraint, except as the table a foreign key of an in-scope table references.
 *
 * @param scope    the scope
 * @param original the database before the changeset, hand-made objects included
 */
record OutOfScope(RandomScope scope, Schema original) {

    private static final Pattern REFERENCED = Pattern.compile("(?i)\\bREFERENCES\\s+(\"?\\w+\"?\\.)?\"?\\w+\"?");
    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern IDENTIFIER = Pattern.compile("\"?([A-Za-z_][A-Za-z0-9_$]*)\"?");

    /** The names a statement must not use: the tables, sequences, indexes and constraints outside the scope. */
    Set<String> names() {
        Set<String> names = new HashSet<>(scope.outTables());
        names.add(RandomScope.LEGACY_SEQUENCE);
        original.tables().stream().filter(this::isOut).forEach(table -> {
            if (table.primaryKey() != null) {
                names.add(table.primaryKey().name());
            }
            table.foreignKeys().forEach(key -> names.add(key.name()));
            table.uniqueConstraints().stream().map(UniqueConstraint::name).forEach(names::add);
            table.indexes().stream().map(Index::name).forEach(names::add);
            table.checks().stream().map(CheckConstraint::name).forEach(names::add);
        });
        return names;
    }

    /** Asserts that no statement of the changeset in {@code file}, nor of its rollback, names an out-of-scope object. */
    void assertLeftAloneBy(Path file) {
        Set<String> out = names();
        assertThat(statements(file)).as("the changeset %s leaves %s alone", file.getFileName(), out)
                .isNotEmpty().allSatisfy(statement -> assertThat(identifiers(statement)).as(statement)
                        .doesNotContainAnyElementsOf(out));
    }

    /**
     * Returns the identifiers {@code statement} names, lower case, without string literals and without the table a
     * {@code REFERENCES} clause names: a foreign key of an in-scope table may reference one outside the scope.
     */
    static List<String> identifiers(String statement) {
        String named = REFERENCED.matcher(LITERAL.matcher(statement).replaceAll("''")).replaceAll("REFERENCES");
        Matcher matcher = IDENTIFIER.matcher(named);
        return matcher.results().map(result -> result.group(1).toLowerCase(Locale.ROOT)).toList();
    }

    /** Returns the SQL Liquibase runs for the changesets of {@code file}, each followed by its rollback's. */
    static List<String> statements(Path file) {
        PostgresDatabase database = new PostgresDatabase();
        try (ResourceAccessor resources = new DirectoryResourceAccessor(file.getParent())) {
            String name = file.getFileName().toString();
            List<ChangeSet> changeSets = ChangeLogParserFactory.getInstance().getParser(name, resources)
                    .parse(name, new ChangeLogParameters(), resources).getChangeSets();
            return changeSets.stream().flatMap(changeSet -> Stream.concat(changeSet.getChanges().stream(),
                    changeSet.getRollback().getChanges().stream())).flatMap(change -> sql(change, database)).toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static Stream<String> sql(Change change, PostgresDatabase database) {
        // An output change only logs its message.
        return change instanceof OutputChange ? Stream.empty() : Arrays.stream(SqlGeneratorFactory.getInstance()
                .generateSql(change.generateStatements(database), database)).map(Sql::toSql);
    }

    /** Returns the part of {@code schema} outside the scope: its tables and sequences, as they are. */
    Schema part(Schema schema) {
        return new Schema(schema.namespaces(), schema.tables().stream().filter(this::isOut).toList(),
                schema.sequences().stream().filter(s -> s.name().name().equals(RandomScope.LEGACY_SEQUENCE)).toList());
    }

    /**
     * Returns {@code schema} without its part outside the scope, and without the foreign keys to out-of-scope tables
     * the database did not have: generate leaves those out, telling why, since nothing would create their table.
     */
    Schema inScope(Schema schema) {
        return new Schema(schema.namespaces(), schema.tables().stream().filter(t -> !isOut(t)).map(this::keysThatApply)
                .toList(), schema.sequences().stream().filter(s -> !s.name().name().equals(RandomScope.LEGACY_SEQUENCE))
                .toList(), schema.enumTypes(), schema.views(), schema.compositeTypes());
    }

    private Table keysThatApply(Table table) {
        Set<String> existing = new HashSet<>();
        original.tables().forEach(t -> existing.add(t.name().name()));
        List<ForeignKey> kept = table.foreignKeys().stream().filter(key -> existing.contains(key.referencedTable()
                .name()) || !scope.outTables().contains(key.referencedTable().name())).toList();
        return new Table(table.name(), table.columns(), table.primaryKey(), kept, table.uniqueConstraints(),
                table.indexes(), table.checks(), table.comment(), table.rowSecurity(), table.policies());
    }

    private boolean isOut(Table table) {
        return scope.outTables().contains(table.name().name());
    }
}
