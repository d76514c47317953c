package dev.dbflow.internal.write;

import liquibase.change.Change;
import liquibase.change.core.OutputChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.core.PostgresDatabase;
import liquibase.serializer.ChangeLogSerializer;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a changeset into the text of a complete changelog file.
 *
 * <p>YAML and XML come from Liquibase's own serializers. Formatted SQL is the SQL Liquibase's generators
 * produce for PostgreSQL, under {@code --changeset} with each rollback statement on a {@code --rollback}
 * line, because Liquibase's formatted-SQL serializer writes no rollback; the safety findings head the
 * changeset as {@code -- review:} lines, and the warnings its rollback would give as {@code -- rollback review:}
 * lines (formatted SQL has no {@code output} change to give them with).
 */
public final class ChangesetSerializer {

    /** A safety finding line in a changeset comment, e.g. {@code DL002 task.legacy: ...}. */
    private static final Pattern FINDING = Pattern.compile("(DL|DD|LK)\\d{3} ");

    /** Returns the full file text of a changelog holding {@code changeSets}, in order. */
    public String serialize(List<ChangeSet> changeSets, ChangelogFormat format) {
        return switch (format) {
            case YAML -> write(new ChangesetYamlSerializer(), changeSets);
            case XML -> write(new XMLChangeLogSerializer(), changeSets);
            case SQL -> "--liquibase formatted sql\n\n" + formattedSql(changeSets);
        };
    }

    /** Returns changesets in formatted SQL, without the {@code --liquibase formatted sql} header. */
    public String formattedSql(List<ChangeSet> changeSets) {
        return changeSets.stream().map(this::formattedSql).collect(java.util.stream.Collectors.joining("\n"));
    }

    private String formattedSql(ChangeSet changeSet) {
        PostgresDatabase database = new PostgresDatabase();
        StringBuilder text = new StringBuilder();
        if (changeSet.getComments() != null) {
            changeSet.getComments().lines().filter(line -> FINDING.matcher(line).lookingAt())
                    .forEach(line -> text.append("-- review: ").append(line).append('\n'));
        }
        changeSet.getRollback().getChanges().stream().filter(OutputChange.class::isInstance)
                .map(change -> ((OutputChange) change).getMessage())
                .forEach(line -> text.append("-- rollback review: ").append(line).append('\n'));
        text.append("--changeset ").append(changeSet.getAuthor()).append(':').append(changeSet.getId())
                .append(changeSet.isRunInTransaction() ? "" : " runInTransaction:false").append('\n');
        if (changeSet.getComments() != null) {
            text.append("--comment: ").append(changeSet.getComments().replace('\n', ' ')).append('\n');
        }
        for (String statement : sql(changeSet.getChanges(), database)) {
            text.append(statement).append(";\n");
        }
        for (String statement : sql(changeSet.getRollback().getChanges(), database)) {
            text.append("--rollback ").append(statement.replace("\n", "\n--rollback ")).append(";\n");
        }
        return text.toString();
    }

    /**
     * The SQL of {@code changes}. An {@code output} change has none: its statement only logs its message when
     * Liquibase runs it, and rendering it here would print that message into the generate run's log.
     */
    private static List<String> sql(List<Change> changes, PostgresDatabase database) {
        SqlGeneratorFactory generators = SqlGeneratorFactory.getInstance();
        return changes.stream().filter(change -> !(change instanceof OutputChange))
                .flatMap(change -> Arrays.stream(generators.generateSql(change.generateStatements(database), database)))
                .map(Sql::toSql)
                .toList();
    }

    private static String write(ChangeLogSerializer serializer, List<ChangeSet> changeSets) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            serializer.write(changeSets, out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
