package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.compare.Ownership;
import dev.dbflow.internal.render.LineageMarks;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.DropViewChange;
import liquibase.changelog.ChangeSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indexes, unique constraints and views that the changelog's generated changesets create, which dbflow owns: a changeset
 * is generated when its comment carries a lineage mark ({@code dbflow-parent}, {@code dbflow-merge},
 * {@code dbflow-part-of}) and no {@code dbflow-baseline} mark. Names come from the changes dbflow renders:
 * {@code createIndex}, {@code addUniqueConstraint}, {@code createView}, and the {@code CREATE INDEX} statement of an index Liquibase cannot
 * express or one built {@code CONCURRENTLY}.
 */
public final class GeneratedObjects {

    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?i)^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?([^\\s\"]+)\"?\\s+ON\\s");

    private GeneratedObjects() {
    }

    /**
     * Returns the ownership of the master changelog {@code master}, read (parsing it with Liquibase, no database)
     * only when the comparison first asks; a changelog that does not exist yet owns nothing.
     *
     * @throws ConfigurationException when asked and the changelog does not parse
     */
    public static Ownership of(Path master) {
        return Ownership.of(() -> Files.exists(master) ? names(master) : Set.of());
    }

    private static Set<String> names(Path master) {
        return ParsedChangelog.read(ChangelogLocation.of(master), changeSets -> {
            Set<String> names = new HashSet<>();
            for (ChangeSet changeSet : changeSets) {
                if (generated(changeSet)) {
                    Set<String> made = new HashSet<>();
                    changeSet.getChanges().forEach(change -> created(change, made));
                    // A view dropped and created again around a change to what it reads stays whose it was.
                    changeSet.getChanges().stream().filter(change -> change instanceof DropViewChange)
                            .forEach(change -> made.remove(((DropViewChange) change).getViewName()));
                    names.addAll(made);
                }
            }
            return names;
        });
    }

    private static boolean generated(ChangeSet changeSet) {
        String comment = changeSet.getComments() == null ? "" : changeSet.getComments();
        return !comment.contains(LineageMarks.BASELINE) && (comment.contains(LineageMarks.PARENT)
                || comment.contains(LineageMarks.MERGE) || comment.contains(LineageMarks.PART_OF));
    }

    private static void created(Change change, Set<String> names) {
        if (change instanceof CreateIndexChange index && index.getIndexName() != null) {
            names.add(index.getIndexName());
        } else if (change instanceof AddUniqueConstraintChange unique && unique.getConstraintName() != null) {
            names.add(unique.getConstraintName());
        } else if (change instanceof CreateViewChange view && view.getViewName() != null) {
            names.add(view.getViewName());
        } else if (change instanceof AbstractSQLChange sql && sql.getSql() != null) {
            Matcher matcher = CREATE_INDEX.matcher(sql.getSql());
            if (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
    }
}
