/**
 * Snapshot stage: reads a live PostgreSQL schema into the neutral {@link dev.dbflow.internal.model.Schema}
 * from {@code pg_catalog}, with one query per object kind for the whole database (never one per table).
 */
package dev.dbflow.internal.snapshot;
