package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.render.LineageMarks;
import liquibase.changelog.ChangeSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changelog's lineage, as Alembic keeps it with {@code down_revision}: every changeset {@code generate}
 * writes records, in its comment, the head it was generated from ({@code dbflow-parent: <id>}), and a merge
 * changeset records the heads it joins ({@code dbflow-merge: <id>, <id>}). Two changesets with the same parent
 * that no merge joins are two heads: branches that each generated a migration and were then merged.
 *
 * @param changeSets   every changeset id in changelog order, a generate run's follow-up changesets folded into
 *                     its main one
 * @param heads        generated changesets (and the last one) that no changeset names as its parent or merges,
 *                     in changelog order
 * @param conflicts    for each parent with several unmerged children: the parent and those children
 */
public record ChangesetLineage(List<String> changeSets, List<String> heads, Map<String, List<String>> conflicts) {

    /** The comment line that records a generated changeset's parent. */
    public static final String PARENT = LineageMarks.PARENT;
    /** The comment line that records the heads a merge changeset joins. */
    public static final String MERGE = LineageMarks.MERGE;

    private static final Pattern PARENT_LINE = Pattern.compile(Pattern.quote(PARENT) + "(\\S+)");
    private static final Pattern PART_LINE = Pattern.compile(Pattern.quote(LineageMarks.PART_OF) + "(\\S+)");
    private static final Pattern MERGE_LINE = Pattern.compile(Pattern.quote(MERGE) + "([^\\n]+?)(?:$|\\n| dbflow-| DL| DD| LK)");

    /**
     * Reads the lineage of a changelog (parsing it with Liquibase, no database).
     *
     * @throws ConfigurationException when the changelog does not parse
     */
    public static ChangesetLineage of(ChangelogLocation location) {
        List<ChangeSet> parsed = ParsedChangelog.changeSets(location);
        // A follow-up changeset of one generate run (onlineDdl) stands for its main changeset.
        Map<String, String> mainOf = new LinkedHashMap<>();
        for (ChangeSet changeSet : parsed) {
            Matcher part = PART_LINE.matcher(comment(changeSet));
            if (part.find()) {
                mainOf.put(changeSet.getId(), part.group(1));
            }
        }
        List<String> ids = parsed.stream().map(c -> mainOf.getOrDefault(c.getId(), c.getId())).distinct().toList();
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> merged = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (ChangeSet changeSet : parsed) {
            String comment = comment(changeSet);
            Matcher parent = PARENT_LINE.matcher(comment);
            if (parent.find()) {
                String resolved = mainOf.getOrDefault(parent.group(1), parent.group(1));
                children.computeIfAbsent(resolved, p -> new ArrayList<>()).add(changeSet.getId());
                named.add(resolved);
            }
            Matcher merge = MERGE_LINE.matcher(comment);
            if (merge.find()) {
                for (String head : merge.group(1).split(",")) {
                    merged.add(head.trim());
                    named.add(mainOf.getOrDefault(head.trim(), head.trim()));
                }
            }
        }
        Map<String, List<String>> conflicts = new LinkedHashMap<>();
        children.forEach((parent, kids) -> {
            List<String> open = kids.stream().filter(kid -> !merged.contains(kid)).toList();
            if (kids.size() > 1 && open.size() > 1) {
                conflicts.put(parent, open);
            }
        });
        List<String> generated = parsed.stream().filter(ChangesetLineage::writtenByDbflow).map(ChangeSet::getId).toList();
        String last = ids.isEmpty() ? null : ids.get(ids.size() - 1);
        List<String> heads = ids.stream().filter(id -> !named.contains(id))
                .filter(id -> generated.contains(id) || id.equals(last)).toList();
        return new ChangesetLineage(ids, heads, conflicts);
    }

    /**
     * Returns true when dbflow wrote {@code changeSet}: generated, merged or baselined, its comment records its
     * lineage. A follow-up changeset of one generate run counts with its main one, which comes first.
     */
    static boolean writtenByDbflow(ChangeSet changeSet) {
        return comment(changeSet).contains(PARENT) || comment(changeSet).contains(MERGE);
    }

    private static String comment(ChangeSet changeSet) {
        return changeSet.getComments() == null ? "" : changeSet.getComments();
    }

    /** Returns the id of the last changeset in changelog order, the parent of the next generated one, or none. */
    public String last() {
        return changeSets.isEmpty() ? "none" : changeSets.get(changeSets.size() - 1);
    }
}
