/**
 * Classify stage: gives every operation its safety findings (data loss, data dependent, locking) with
 * stable ids, so {@code generate} can refuse what loses data and write the review into the changeset.
 * Pure: operations and the schema they apply to in, findings out.
 */
package dev.dbflow.internal.classify;
