/**
 * Load-model stage: finds the project's mapped classes, builds Hibernate's boot metadata for PostgreSQL with
 * the chosen naming strategy, and renders Hibernate's own create DDL for it. dbflow applies that DDL to a
 * scratch database and reads it back with the same {@code pg_catalog} reader as the changelog side, so both
 * sides of the comparison are normalised by PostgreSQL itself.
 */
package dev.dbflow.internal.load;
