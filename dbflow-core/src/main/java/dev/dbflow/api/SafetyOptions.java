package dev.dbflow.api;

import java.util.List;

/**
 * How {@code generate} treats operations that lose data, and which renames the developer declared.
 *
 * @param allowDataLoss  true to write data-loss operations (drops, narrowing) without naming each one
 * @param acceptDataLoss specific data-loss findings to accept, as {@code ID:object}, e.g.
 *                       {@code DL002:task.legacy_code}
 * @param renames        declared renames, {@code old_table->new_table} or {@code table.old->table.new}
 *                       (a column's table named as it is after any table rename)
 * @param backfill       values for NOT NULL columns added to existing tables and for existing columns made NOT
 *                       NULL, {@code table.column=SQL value}, e.g. {@code task.priority='MEDIUM'}: a new column is
 *                       added nullable, filled, then made NOT NULL; an existing one has its NULLs filled first
 * @param onlineDdl      true to write PostgreSQL's non-blocking forms: indexes on existing tables built
 *                       {@code CONCURRENTLY} in their own non-transactional changesets; foreign keys, checks
 *                       and NOT NULL added through {@code NOT VALID} and validated in a second changeset
 */
public record SafetyOptions(boolean allowDataLoss, List<String> acceptDataLoss, List<String> renames,
                            List<String> backfill, boolean onlineDdl) {

    public SafetyOptions {
        acceptDataLoss = acceptDataLoss == null ? List.of() : List.copyOf(acceptDataLoss);
        renames = renames == null ? List.of() : List.copyOf(renames);
        backfill = backfill == null ? List.of() : List.copyOf(backfill);
    }

    /** Options without backfill values, writing plain (blocking) DDL. */
    public SafetyOptions(boolean allowDataLoss, List<String> acceptDataLoss, List<String> renames) {
        this(allowDataLoss, acceptDataLoss, renames, List.of(), false);
    }

    /** Options writing plain (blocking) DDL. */
    public SafetyOptions(boolean allowDataLoss, List<String> acceptDataLoss, List<String> renames,
                         List<String> backfill) {
        this(allowDataLoss, acceptDataLoss, renames, backfill, false);
    }

    /** No data loss allowed, no renames declared, no backfill values. */
    public static SafetyOptions strict() {
        return new SafetyOptions(false, List.of(), List.of(), List.of(), false);
    }
}
