package dev.dbflow.bench;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the one changeset dbflow generated for a fresh model as one changeset per table (and one for the
 * sequences), in place, because real projects grow a changeset per entity and the benchmark should apply a
 * changelog of that shape. Each change and each rollback step goes to the group of the table it touches, in
 * its original order; tables come after the tables their foreign keys reference. dbflow's rollback warning naming
 * the tables the rollback drops is rewritten for each piece, naming its own table.
 *
 * <p>Usage: {@code ChangesetSplitter <generated changeset file>}
 */
public final class ChangesetSplitter {

    private static final String SEQUENCES = "sequences";
    /** The lineage line would make every piece claim the same parent, which dbflow reads as diverged heads. */
    private static final String PARENT_LINE = "dbflow-parent:";
    /** A check constraint is an {@code sql} change; its table is only in the statement. */
    private static final Pattern SQL_TABLE = Pattern.compile("ALTER TABLE (?:ONLY )?(\\S+)", Pattern.CASE_INSENSITIVE);
    /** A sequence dropped {@code IF EXISTS} is an {@code sql} change: the column that owned it may have taken it. */
    private static final Pattern SQL_SEQUENCE = Pattern.compile("^\\s*(?:CREATE|ALTER|DROP) SEQUENCE ",
            Pattern.CASE_INSENSITIVE);

    /** Opens dbflow's rollback warning ({@code RollbackReview}) before the dropped objects it lists. */
    private static final String DROPS = "This rollback drops, with their data: ";

    private ChangesetSplitter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: ChangesetSplitter <generated changeset file>");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        Yaml yaml = new Yaml(dumperOptions());
        Map<String, Object> root = yaml.load(Files.readString(file));
        List<Map<String, Object>> entries = list(root.get("databaseChangeLog"));
        if (entries.size() != 1) {
            throw new IllegalArgumentException(file + " holds " + entries.size() + " changesets; expected the one "
                    + "dbflow generated for the fresh model");
        }
        Map<String, Object> changeSet = map(entries.get(0).get("changeSet"));
        Map<String, List<Object>> changes = groupByTable(list(changeSet.get("changes")));
        List<Object> rollback = list(changeSet.getOrDefault("rollback", List.of()));
        Map<String, List<Object>> rollbacks = groupByTable(rollback.stream().filter(step -> !isDropWarning(step))
                .toList());
        rollback.stream().filter(ChangesetSplitter::isDropWarning).findFirst()
                .ifPresent(warning -> rollbacks.forEach((group, steps) -> dropWarning(warning, group, steps)));

        List<Map<String, Object>> split = new ArrayList<>();
        String comment = withoutLineage(String.valueOf(changeSet.get("comment")));
        for (String group : dependencyOrder(changes)) {
            Map<String, Object> piece = new LinkedHashMap<>();
            piece.put("id", changeSet.get("id") + "-" + group);
            piece.put("author", changeSet.get("author"));
            piece.put("comment", comment + ": " + group);
            piece.put("changes", changes.get(group));
            if (rollbacks.containsKey(group)) {
                piece.put("rollback", rollbacks.get(group));
            }
            split.add(Map.of("changeSet", piece));
        }
        Files.writeString(file, yaml.dump(Map.of("databaseChangeLog", split)));
        System.out.println("Split " + file + " into " + split.size() + " changesets");
    }

    private static boolean isDropWarning(Object step) {
        return map(step).get("output") instanceof Map<?, ?> output
                && String.valueOf(output.get("message")).startsWith(DROPS);
    }

    /** Puts the warning first in the group's rollback, naming the group's table, when that rollback drops it. */
    private static void dropWarning(Object warning, String group, List<Object> steps) {
        boolean dropsTable = steps.stream().map(step -> map(step).get("dropTable"))
                .anyMatch(body -> body != null && group.equals(map(body).get("tableName")));
        if (dropsTable) {
            Map<String, Object> output = new LinkedHashMap<>(map(map(warning).get("output")));
            output.put("message", DROPS + "table " + group);
            steps.add(0, Map.of("output", output));
        }
    }

    private static Map<String, List<Object>> groupByTable(List<Object> steps) {
        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (Object step : steps) {
            groups.computeIfAbsent(tableOf(step), key -> new ArrayList<>()).add(step);
        }
        return groups;
    }

    private static String tableOf(Object step) {
        Map.Entry<String, Object> change = map(step).entrySet().iterator().next();
        Map<String, Object> body = map(change.getValue());
        if (change.getKey().endsWith("Sequence")) {
            return SEQUENCES;
        }
        for (String key : List.of("tableName", "baseTableName")) {
            if (body.get(key) instanceof String table) {
                return table;
            }
        }
        if (body.get("sql") instanceof String sql) {
            if (SQL_SEQUENCE.matcher(sql).find()) {
                return SEQUENCES;
            }
            Matcher matcher = SQL_TABLE.matcher(sql);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new IllegalArgumentException("Cannot tell which table this change belongs to: " + step);
    }

    /** Sequences first, then each table once the tables its foreign keys reference are created. */
    private static List<String> dependencyOrder(Map<String, List<Object>> changes) {
        Map<String, Set<String>> references = new LinkedHashMap<>();
        changes.forEach((group, steps) -> {
            Set<String> targets = new LinkedHashSet<>();
            for (Object step : steps) {
                Object body = map(step).get("addForeignKeyConstraint");
                if (body != null && !group.equals(map(body).get("referencedTableName"))) {
                    targets.add(String.valueOf(map(body).get("referencedTableName")));
                }
            }
            references.put(group, targets);
        });
        List<String> ordered = new ArrayList<>();
        if (references.remove(SEQUENCES) != null) {
            ordered.add(SEQUENCES);
        }
        while (!references.isEmpty()) {
            String next = references.entrySet().stream()
                    .filter(entry -> ordered.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "The foreign keys of these tables form a cycle: " + references.keySet()));
            ordered.add(next);
            references.remove(next);
        }
        return ordered;
    }

    private static String withoutLineage(String comment) {
        return comment.lines().filter(line -> !line.startsWith(PARENT_LINE))
                .reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    private static DumperOptions dumperOptions() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return options;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }
}
