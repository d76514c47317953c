package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL extensions the changelog creates ({@code CREATE EXTENSION} in its SQL changes), which the entities'
 * scratch database needs too: in the application's database the changelog created them before Hibernate's mapping
 * meets a {@code citext} or {@code hstore} column.
 */
public final class ChangelogExtensions {

    private static final Pattern CREATE_EXTENSION = Pattern.compile(
            "(?i)\\bCREATE\\s+EXTENSION\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"[^\"]+\"|[A-Za-z_][\\w-]*)");

    private ChangelogExtensions() {
    }

    /**
     * Returns the extension names the changelog whose master is {@code master} creates, in changelog order; none when
     * the master does not exist yet.
     *
     * @throws ConfigurationException when the changelog does not parse
     */
    public static List<String> of(Path master) {
        if (!Files.exists(master)) {
            return List.of();
        }
        return ParsedChangelog.read(ChangelogLocation.of(master), changeSets -> {
            Set<String> names = new LinkedHashSet<>();
            for (ChangeSet changeSet : changeSets) {
                for (Change change : changeSet.getChanges()) {
                    if (change instanceof AbstractSQLChange sql && sql.getSql() != null) {
                        Matcher matcher = CREATE_EXTENSION.matcher(sql.getSql());
                        while (matcher.find()) {
                            String name = matcher.group(1);
                            names.add(name.startsWith("\"") ? name.substring(1, name.length() - 1)
                                    : name.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            return List.copyOf(names);
        });
    }
}
