package dev.dbflow.internal.fuzz;

import jakarta.persistence.InheritanceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A scope for generate (issue 19), as a team sets one: {@code excludeObjects} naming what is not theirs, or
 * {@code includeObjects} naming what is (their tables and the types those use), written as exact names or as
 * regular expressions. Outside it are always a hand-made table {@link #LEGACY_TABLE} with an index and a sequence
 * {@link #LEGACY_SEQUENCE}, which only the database has, and possibly one of the model's own tables, which then gets a
 * hand-made column and index on the database too.
 *
 * @param include   true for {@code includeObjects}, false for {@code excludeObjects}
 * @param outEntity the model's table ({@code e1} or {@code e2}) outside the scope, or null for none
 * @param regex     true for the pattern written as expressions ({@code legacy_.*}, {@code public\.e2}), false for a
 *                  list of exact names
 */
record RandomScope(boolean include, String outEntity, boolean regex) {

    static final String LEGACY_TABLE = "legacy_audit";
    static final String LEGACY_SEQUENCE = "legacy_audit_seq";
    /** The hand-made column an out-of-scope model table gets on the database. */
    static final String LEGACY_COLUMN = "legacy_note";

    /** Returns a scope drawn from {@code random}: none one time in two, else either setting, a model table out of it one time in two. */
    static RandomScope draw(Random random) {
        if (random.nextBoolean()) {
            return null;
        }
        boolean include = random.nextBoolean();
        String out = random.nextBoolean() ? null : random.nextBoolean() ? RandomModel.REFERENCED : "e2";
        return new RandomScope(include, out, random.nextBoolean());
    }

    /** The {@code includeObjects} setting, or null. */
    String includeObjects() {
        if (!include) {
            return null;
        }
        String tables = outEntity == null ? (regex ? "e[12]" : "e1|e2")
                : (regex ? "public\\." : "") + (outEntity.equals("e2") ? RandomModel.REFERENCED : "e2");
        return tables + "|level|home_t";
    }

    /** The {@code excludeObjects} setting, or null. */
    String excludeObjects() {
        if (include) {
            return null;
        }
        String legacy = regex ? "legacy_.*" : LEGACY_TABLE + "|" + LEGACY_SEQUENCE;
        return outEntity == null ? legacy : legacy + "|" + (regex ? "public\\." : "") + outEntity;
    }

    /** The tables outside the scope, by name, whether or not the database has them. */
    List<String> outTables() {
        return outEntity == null ? List.of(LEGACY_TABLE) : List.of(LEGACY_TABLE, outEntity);
    }

    /** The name of the hand-made index on the out-of-scope model table. */
    String legacyIndex() {
        return outEntity + "_" + LEGACY_COLUMN + "_idx";
    }

    /**
     * Returns the hand-written changesets (YAML list items) that make the objects outside the scope: the legacy table,
     * its index and sequence, and, when {@code model} has the out-of-scope table, a column and an index on it.
     */
    String handMade(RandomModel model) {
        List<String> create = new ArrayList<>(List.of(
                "create table " + LEGACY_TABLE + " (id bigint primary key, note varchar(20))",
                "create index " + LEGACY_TABLE + "_note_idx on " + LEGACY_TABLE + " (note)",
                "create sequence " + LEGACY_SEQUENCE));
        List<String> drop = new ArrayList<>(List.of("drop sequence " + LEGACY_SEQUENCE, "drop table " + LEGACY_TABLE));
        if (outEntity != null && hasTable(model, outEntity)) {
            create.add("alter table " + outEntity + " add column " + LEGACY_COLUMN + " varchar(20)");
            create.add("create index " + legacyIndex() + " on " + outEntity + " (" + LEGACY_COLUMN + ")");
            drop.add(0, "alter table " + outEntity + " drop column " + LEGACY_COLUMN);
        }
        return """
                  - changeSet:
                      id: out-of-scope
                      author: dba
                      changes:
                %s
                      rollback:
                %s
                """.formatted(sql(create), sql(drop));
    }

    /** Whether {@code model} builds table {@code name}: an entity's, unless it is a single-table subclass's. */
    private static boolean hasTable(RandomModel model, String name) {
        return model.entity(name) != null && !(name.equals("e2") && model.entities().size() == 2
                && model.inheritance() == InheritanceType.SINGLE_TABLE);
    }

    private static String sql(List<String> statements) {
        return String.join("\n", statements.stream().map(s -> "        - sql:\n            sql: " + s).toList());
    }

    /** Returns the scopes one step smaller, for the reducer: none of the model's tables outside it, exact names. */
    Stream<RandomScope> smaller() {
        return Stream.of(outEntity == null ? null : new RandomScope(include, null, regex),
                regex ? new RandomScope(include, outEntity, false) : null).filter(Objects::nonNull);
    }

    @Override
    public String toString() {
        return include ? "includeObjects " + includeObjects() : "excludeObjects " + excludeObjects();
    }
}
