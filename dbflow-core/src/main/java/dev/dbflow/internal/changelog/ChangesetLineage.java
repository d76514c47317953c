package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

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
 * @param changeSets   every changeset id in changelog order
 * @param heads        generated changesets (and the last one) that no changeset names as its parent or merges,
 *                     in changelog order
 * @param conflicts    for each parent with several unmerged children: the parent and those children
 */
public record ChangesetLineage(List<String> changeSets, List<String> heads, Map<String, List<String>> conflicts) {

    /** The comment line that records a generated changeset's parent. */
    public static final String PARENT = "dbflow-parent: ";
    /** The comment line that records the heads a merge changeset joins. */
    public static final String MERGE = "dbflow-merge: ";

    private static final Pattern PARENT_LINE = Pattern.compile(Pattern.quote(PARENT) + "(\\S+)");
    private static final Pattern MERGE_LINE = Pattern.compile(Pattern.quote(MERGE) + "([^\\n]+?)(?:$|\\n| dbflow-| DL| DD| LK)");

    /**
     * Reads the lineage of a changelog (parsing it with Liquibase, no database).
     *
     * @throws ConfigurationException when the changelog does not parse
     */
    public static ChangesetLineage of(ChangelogLocation location) {
        List<ChangeSet> parsed = parse(location);
        List<String> ids = parsed.stream().map(ChangeSet::getId).toList();
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> merged = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (ChangeSet changeSet : parsed) {
            String comment = changeSet.getComments() == null ? "" : changeSet.getComments();
            Matcher parent = PARENT_LINE.matcher(comment);
            if (parent.find()) {
                children.computeIfAbsent(parent.group(1), p -> new ArrayList<>()).add(changeSet.getId());
                named.add(parent.group(1));
            }
            Matcher merge = MERGE_LINE.matcher(comment);
            if (merge.find()) {
                for (String head : merge.group(1).split(",")) {
                    merged.add(head.trim());
                    named.add(head.trim());
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
        List<String> generated = parsed.stream().filter(c -> c.getComments() != null
                && (c.getComments().contains(PARENT) || c.getComments().contains(MERGE))).map(ChangeSet::getId).toList();
        String last = ids.isEmpty() ? null : ids.get(ids.size() - 1);
        List<String> heads = ids.stream().filter(id -> !named.contains(id))
                .filter(id -> generated.contains(id) || id.equals(last)).toList();
        return new ChangesetLineage(ids, heads, conflicts);
    }

    /** Returns the id of the last changeset in changelog order, the parent of the next generated one, or none. */
    public String last() {
        return changeSets.isEmpty() ? "none" : changeSets.get(changeSets.size() - 1);
    }

    private static List<ChangeSet> parse(ChangelogLocation location) {
        try {
            ResourceAccessor resources = new DirectoryResourceAccessor(location.searchRoot());
            return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () ->
                    ChangeLogParserFactory.getInstance().getParser(location.path(), resources)
                            .parse(location.path(), new ChangeLogParameters(), resources).getChangeSets());
        } catch (Exception e) {
            throw new ConfigurationException("The changelog " + location.file() + " cannot be read: "
                    + e.getMessage() + ". Fix the file and run again.", e);
        }
    }
}
