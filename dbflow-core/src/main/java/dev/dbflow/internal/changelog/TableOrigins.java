package dev.dbflow.internal.changelog;

import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which changeset of a changelog creates each table ({@code createTable}), and under which context: a table that only
 * a context-filtered changeset creates is in the shadow database only when the changesets are not filtered as the
 * application filters them (JHipster's {@code test}-context tables, say).
 */
public final class TableOrigins {

    private final Map<String, ChangeSet> creators;

    private TableOrigins(Map<String, ChangeSet> creators) {
        this.creators = creators;
    }

    /**
     * Reads the changelog.
     *
     * @throws dev.dbflow.api.ConfigurationException when it does not parse
     */
    public static TableOrigins of(ChangelogLocation location) {
        Map<String, ChangeSet> creators = new HashMap<>();
        List<ChangeSet> changeSets = ParsedChangelog.changeSets(location);
        for (ChangeSet changeSet : changeSets) {
            for (Change change : changeSet.getChanges()) {
                if (change instanceof CreateTableChange create && create.getTableName() != null) {
                    creators.putIfAbsent(key(create.getSchemaName(), create.getTableName()), changeSet);
                }
            }
        }
        return new TableOrigins(creators);
    }

    private static String key(String schema, String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return schema == null || schema.equalsIgnoreCase("public") ? name : schema.toLowerCase(Locale.ROOT) + "." + name;
    }

    /**
     * Returns those of {@code tables} that a changeset of the changelog creates, in the order given.
     *
     * @param tables tables as the review shows them: {@code name}, or {@code schema.name} outside {@code public}
     */
    public List<String> createdAmong(List<String> tables) {
        return tables.stream().filter(table -> creators.containsKey(table.toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * Returns, for a table the changeset would drop, why it may not be the application's: the changeset that creates
     * it runs only in some contexts, and how to filter the changesets as the application does; empty otherwise.
     *
     * @param table the table as the review shows it: {@code name}, or {@code schema.name} outside {@code public}
     */
    public Optional<String> contextHint(String table) {
        ChangeSet creator = creators.get(table.toLowerCase(Locale.ROOT));
        if (creator == null || creator.getContextFilter() == null || creator.getContextFilter().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(" The table " + table + " is created only by the changeset " + creator.getId() + " (author "
                + creator.getAuthor() + ", " + creator.getFilePath() + "), which runs in context '"
                + creator.getContextFilter() + "': if the application does not run that context, tell dbflow the "
                + "contexts it runs (-Ddbflow.contexts=..., or spring.liquibase.contexts in its settings) and the "
                + "table is not in the comparison.");
    }
}
